import { z } from "zod";
import { messageKey } from "../i18n/translate-message";

// Net-score thresholds of the judgement rule (docs/design.md): confirm at or
// above a positive number, contradict at or below a negative one.
export const UpdateThresholdsSchema = z
  .object({
    confirmThreshold: z.coerce
      .number({ error: "validation.enterNumber" })
      .min(0.5, messageKey("validation.atLeast", { min: 0.5 }))
      .max(50, messageKey("validation.atMost", { max: 50 })),
    contradictThreshold: z.coerce
      .number({ error: "validation.enterNumber" })
      .max(-0.5, messageKey("validation.atMost", { max: -0.5 }))
      .min(-50, messageKey("validation.atLeast", { min: -50 })),
    // The version the editor saw; a save against an older one is refused.
    expectedVersion: z.coerce.number().int().positive(),
  })
  .strict();
export type UpdateThresholdsInput = z.infer<typeof UpdateThresholdsSchema>;
