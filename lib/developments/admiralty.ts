// The Admiralty (NATO) code: each source is graded twice, separately: how
// reliable the source has been (A-F) and how credible this piece of
// information is (1-6). F and 6 mean "cannot be judged", not "worst".
// Labels and explanations are in the message catalogues (admiralty.*).
export const RELIABILITY_KEYS = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityKey = (typeof RELIABILITY_KEYS)[number];
export const CREDIBILITY_VALUES = [1, 2, 3, 4, 5, 6] as const;

/** A source grade as analysts write it, e.g. "B2". */
export function formatGrade(reliability: string, credibility: number): string {
  return `${reliability}${credibility}`;
}

/** The reliabilities at least as good as `floor` (F, "cannot be judged", is never "at least"). */
export function reliabilitiesAtLeast(floor: ReliabilityKey): ReliabilityKey[] {
  const ranked: ReliabilityKey[] = ["A", "B", "C", "D", "E"];
  const index = ranked.indexOf(floor);
  return index === -1 ? ["F"] : ranked.slice(0, index + 1);
}
