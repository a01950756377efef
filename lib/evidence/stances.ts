// The five-point consistency scale of Analysis of Competing Hypotheses, with
// the values the judgement rule weighs them by. Labels: stances.* in the catalogues.
export const STANCES = [
  { key: "STRONGLY_SUPPORTS", value: 2 },
  { key: "SUPPORTS", value: 1 },
  { key: "NEUTRAL", value: 0 },
  { key: "CONTRADICTS", value: -1 },
  { key: "STRONGLY_CONTRADICTS", value: -2 },
] as const;

export type StanceKey = (typeof STANCES)[number]["key"];
export const STANCE_KEYS = STANCES.map((s) => s.key) as [StanceKey, ...StanceKey[]];
