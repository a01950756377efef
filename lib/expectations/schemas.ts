import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { strictInt, strictNumber } from "../text-rules";

// Net-score thresholds of the judgement rule (docs/decisions/0040): confirm at or
// above a positive number, contradict at or below a negative one.
export const UpdateThresholdsSchema = z
  .object({
    confirmThreshold: strictNumber(
      z
        .number({ error: "validation.enterNumber" })
        .min(0.5, messageKey("validation.atLeast", { min: 0.5 }))
        .max(50, messageKey("validation.atMost", { max: 50 })),
    ),
    contradictThreshold: strictNumber(
      z
        .number({ error: "validation.enterNumber" })
        .max(-0.5, messageKey("validation.atMost", { max: -0.5 }))
        .min(-50, messageKey("validation.atLeast", { min: -50 })),
    ),
    // The version the editor saw; a save against an older one is refused.
    expectedVersion: strictInt().pipe(z.number().positive()),
  })
  .strict();
export type UpdateThresholdsInput = z.infer<typeof UpdateThresholdsSchema>;
