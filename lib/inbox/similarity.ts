// How alike two headlines are, for grouping one story told by two outlets and
// for proposing which development an item adds a source to. Words, not
// letters: lower case, punctuation dropped, very common English words and
// one-letter tokens ignored; Hangul words count whole (particles and all,
// which is rough but errs towards not grouping).
const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "on",
  "for",
  "and",
  "or",
  "at",
  "by",
  "with",
  "as",
  "is",
  "are",
  "was",
  "be",
  "its",
  "from",
  "over",
  "after",
]);

export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 1 && !STOP.has(w)) out.add(w);
  return out;
}

/** Shared words over all words of both (Jaccard), 0 to 1. */
export function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** At or above this, two headlines are taken for the same story. */
export const SAME_STORY = 0.5;
