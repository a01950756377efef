// The Admiralty (NATO) code: each source is graded twice, separately: how
// reliable the source has been (A-F) and how credible this piece of
// information is (1-6). F and 6 mean "cannot be judged", not "worst".
export const RELIABILITY = [
  { key: "A", label: "Completely reliable", hint: "No doubt about authenticity or competence; a history of complete reliability" },
  { key: "B", label: "Usually reliable", hint: "Minor doubts; a history of mostly valid information" },
  { key: "C", label: "Fairly reliable", hint: "Doubts; has provided valid information before" },
  { key: "D", label: "Not usually reliable", hint: "Significant doubts; some valid information in the past" },
  { key: "E", label: "Unreliable", hint: "Lacks authenticity or competence; a history of invalid information" },
  { key: "F", label: "Reliability cannot be judged", hint: "No basis to evaluate the source" },
] as const;

export const CREDIBILITY = [
  { value: 1, label: "Confirmed", hint: "Confirmed by other independent sources; logical; consistent with what is known" },
  { value: 2, label: "Probably true", hint: "Not confirmed; logical; consistent with what is known" },
  { value: 3, label: "Possibly true", hint: "Not confirmed; reasonably logical; agrees with some of what is known" },
  { value: 4, label: "Doubtful", hint: "Not confirmed; possible but not logical; no other information on the subject" },
  { value: 5, label: "Improbable", hint: "Not confirmed; not logical; contradicted by other information" },
  { value: 6, label: "Truth cannot be judged", hint: "No basis to evaluate the information" },
] as const;

export type ReliabilityKey = (typeof RELIABILITY)[number]["key"];
export const RELIABILITY_KEYS = RELIABILITY.map((r) => r.key) as [ReliabilityKey, ...ReliabilityKey[]];

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
