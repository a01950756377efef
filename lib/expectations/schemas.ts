import { z } from "zod";

// Net-score thresholds of the judgement rule (docs/design.md): confirm at or
// above a positive number, contradict at or below a negative one.
export const UpdateThresholdsSchema = z
  .object({
    confirmThreshold: z.coerce
      .number({ error: "Enter a number." })
      .min(0.5, "Use at least 0.5.")
      .max(50, "Use at most 50."),
    contradictThreshold: z.coerce
      .number({ error: "Enter a number." })
      .max(-0.5, "Use at most -0.5.")
      .min(-50, "Use at least -50."),
    // The version the editor saw; a save against an older one is refused.
    expectedVersion: z.coerce.number().int().positive(),
  })
  .strict();
export type UpdateThresholdsInput = z.infer<typeof UpdateThresholdsSchema>;
