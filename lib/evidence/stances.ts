// The five-point consistency scale of Analysis of Competing Hypotheses, with
// the values the judgement rule weighs them by.
export const STANCES = [
  { key: "STRONGLY_SUPPORTS", label: "Strongly supports", value: 2 },
  { key: "SUPPORTS", label: "Supports", value: 1 },
  { key: "NEUTRAL", label: "Neutral", value: 0 },
  { key: "CONTRADICTS", label: "Contradicts", value: -1 },
  { key: "STRONGLY_CONTRADICTS", label: "Strongly contradicts", value: -2 },
] as const;

export type StanceKey = (typeof STANCES)[number]["key"];
export const STANCE_KEYS = STANCES.map((s) => s.key) as [StanceKey, ...StanceKey[]];

export function stanceLabel(key: string): string {
  return STANCES.find((s) => s.key === key)?.label ?? key;
}
