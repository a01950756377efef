// The team's own forecasts (docs/decisions/0096): one input, shared by the
// form, the action and the tests.
import { z } from "zod";
import { isRealDay } from "../dates";
import { messageKey } from "../i18n/translate-message";
import { cleanText, strictInt, yearInRange, YEAR_RANGE_MESSAGE } from "../text-rules";

export const FORECAST_REASON_MAX = 500;

export const RecordForecastSchema = z
  .object({
    // Whole percent: "how likely is it that this comes true?"
    probability: strictInt("forecasts.errors.probability").pipe(z.number().min(0, "forecasts.errors.probability").max(100, "forecasts.errors.probability")),
    madeOn: z.string({ error: "validation.enterDate" }).trim().refine(isRealDay, "validation.realDate").refine(yearInRange, YEAR_RANGE_MESSAGE),
    reason: cleanText(
      z
        .string({ error: "forecasts.errors.reason" })
        .trim()
        .min(1, "forecasts.errors.reason")
        .max(FORECAST_REASON_MAX, messageKey("validation.maxChars", { max: FORECAST_REASON_MAX })),
    ),
  })
  .strict();
export type RecordForecastInput = z.infer<typeof RecordForecastSchema>;
