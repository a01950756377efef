// The rule's public face: what jobs, pages and the dashboard may use.
export { RULE_VERSION, OPEN_STATUSES, STATUSES, dayOf, dateOf, endOfDay, round2 } from "./types";
export type { Change, CoverageFact, Day, ExpectationFact, Facts, Judgement, Kind, LinkFact, OverrideFact, Reason, SeriesPoint, Status, Waiting } from "./types";
export { replay, knownFacts, type ReplayOptions, type ReplayResult } from "./replay";
export { bestGrade, compareGrades, formatGrade, gradeFactor, meetsMinimum, parseGrade, type Grade } from "./grades";
export { DECISIVE_MARKS, STANCE_VALUE, type Decisive, type Stance } from "./stances";
export { linkWeight, weigh } from "./evidence-state";
