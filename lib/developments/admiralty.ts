// The Admiralty (NATO) code: each source is graded twice, separately: how
// reliable the source has been (A-F) and how credible this piece of
// information is (1-6). F and 6 mean "cannot be judged", not "worst".
// Labels and explanations are in the message catalogues (admiralty.*).
// The letters are the schema's enum SourceReliability; what a grade is worth
// to the judgement is the rule's (lib/judgement/rule/grades.ts).
import { SourceReliability } from "../generated/prisma/enums";
import { listOf } from "../vocabulary";

export type ReliabilityKey = SourceReliability;
export const RELIABILITY_KEYS = listOf(SourceReliability);
export const CREDIBILITY_VALUES = [1, 2, 3, 4, 5, 6] as const;

/** The reliabilities at least as good as `floor` (F, "cannot be judged", is never "at least"). */
export function reliabilitiesAtLeast(floor: ReliabilityKey): ReliabilityKey[] {
  const ranked: ReliabilityKey[] = ["A", "B", "C", "D", "E"];
  const index = ranked.indexOf(floor);
  return index === -1 ? ["F"] : ranked.slice(0, index + 1);
}
