// The five-point consistency scale of Analysis of Competing Hypotheses, in
// the order forms list it. The values are the rule's (lib/judgement/rule/stances.ts).
// Labels: stances.* in the catalogues.
import { STANCE_VALUE, type Stance } from "../judgement/rule";

export type StanceKey = Stance;
export const STANCE_KEYS = Object.keys(STANCE_VALUE) as [StanceKey, ...StanceKey[]];
export const STANCES = STANCE_KEYS.map((key) => ({ key, value: STANCE_VALUE[key] }));
