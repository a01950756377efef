import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { isRealDay } from "../dates";
import { STANCE_KEYS } from "../evidence/stances";
import { cleanText, strictInt, strictNumber, yearInRange, YEAR_RANGE_MESSAGE } from "../text-rules";

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

const text = (max: number, required: string) =>
  cleanText(z.string({ error: required }).trim().min(1, required).max(max, messageKey("validation.maxChars", { max })));
// An optional text: "" clears it.
const optionalText = (max: number) => cleanText(z.string({ error: "validation.invalid" }).trim().max(max, messageKey("validation.maxChars", { max })));

/**
 * One edit of an expectation (docs/decisions/0095). A field left out stays as
 * it is; "" clears an optional one (the deadline, the condition, a Korean
 * text). The reason is required: it is what the version history shows.
 */
export const EditExpectationSchema = z
  .object({
    statement: text(600, "validation.required").optional(),
    statementKo: optionalText(600).optional(),
    resolutionCriteria: text(2000, "validation.required").optional(),
    resolutionCriteriaKo: optionalText(2000).optional(),
    deadline: z
      .string({ error: "validation.enterDate" })
      .trim()
      .refine((v) => v === "" || isRealDay(v), "validation.realDate")
      .refine((v) => v === "" || yearInRange(v), YEAR_RANGE_MESSAGE)
      .optional(),
    confirmThreshold: UpdateThresholdsSchema.shape.confirmThreshold.optional(),
    contradictThreshold: UpdateThresholdsSchema.shape.contradictThreshold.optional(),
    conditionId: z.string({ error: "validation.invalid" }).trim().max(64, "validation.invalid").optional(),
    // Signposts (docs/decisions/0062) are part of a version too: remove some, add one.
    removeSignposts: z
      .array(z.string({ error: "validation.invalid" }).max(64, "validation.invalid"))
      .max(50, "validation.invalid")
      .optional(),
    signpostLabel: optionalText(80).optional(),
    // Words or phrases, separated by commas.
    signpostTerms: optionalText(500).optional(),
    signpostStance: z.union([z.literal(""), z.enum(STANCE_KEYS, { error: "validation.chooseStance" })]).optional(),
    reason: text(1000, "validation.enterChangeReason").pipe(z.string().min(5, messageKey("validation.minChars", { min: 5 }))),
    expectedVersion: strictInt().pipe(z.number().positive()),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.signpostLabel) return;
    if (!v.signpostTerms || signpostTerms(v.signpostTerms).length === 0)
      ctx.addIssue({ code: "custom", path: ["signpostTerms"], message: "expectationEdit.errors.signpostTerms" });
    if (!v.signpostStance) ctx.addIssue({ code: "custom", path: ["signpostStance"], message: "validation.chooseStance" });
  });

/** "talks, summit , 회담" -> ["talks", "summit", "회담"]: at most 20 terms of up to 60 characters. */
export function signpostTerms(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ]
    .slice(0, 20)
    .map((t) => t.slice(0, 60));
}
export type EditExpectationInput = z.infer<typeof EditExpectationSchema>;
