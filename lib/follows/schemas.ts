// What a follow and a notification preference are, as forms send them.
import { z } from "zod";
import { FollowKind, DigestFrequency } from "../generated/prisma/enums";
import { listOf } from "../vocabulary";

export const FOLLOW_KINDS = listOf(FollowKind);
export const DIGEST_FREQUENCIES = listOf(DigestFrequency);

export const FollowInputSchema = z.object({
  kind: z.enum(FOLLOW_KINDS),
  key: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_-]+$/),
  // "1": follow; anything else: unfollow.
  following: z.preprocess((v) => v === true || v === "1" || v === "on", z.boolean()),
});
export type FollowInput = z.infer<typeof FollowInputSchema>;

export const PreferenceInputSchema = z.object({
  // Not "digest": the hostile-input check reads `"digest":"…"` in an answer as an error digest.
  digestFrequency: z.enum(DIGEST_FREQUENCIES),
  inApp: z.preprocess((v) => v === true || v === "1" || v === "on", z.boolean()),
});
export type PreferenceInput = z.infer<typeof PreferenceInputSchema>;
