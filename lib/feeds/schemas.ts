// What an admin enters for a feed: one schema for the form, the action and tests.
import { z } from "zod";
import { RELIABILITY_KEYS } from "../developments/admiralty";
import { FEED_LANGUAGES } from "./languages";

export { FEED_LANGUAGES };

export const FeedInputSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), "feeds.errors.url"),
  name: z.string().trim().min(1).max(120),
  language: z.enum(FEED_LANGUAGES),
  defaultReliability: z.enum(RELIABILITY_KEYS),
  defaultCredibility: z.coerce.number().int().min(1).max(6),
  pollMinutes: z.coerce.number().int().min(5).max(1440).default(60),
});
export type FeedInput = z.infer<typeof FeedInputSchema>;
