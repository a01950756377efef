// The languages a feed can be in: the ones signposts are written in. Kept out
// of ./schemas.ts because the admin's feed form (a client component) needs the
// list, and zod in a browser bundle trips the CSP (docs/decisions/0015).
export const FEED_LANGUAGES = ["en", "ko"] as const;
