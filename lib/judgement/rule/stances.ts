// What each stance of the five-point ACH scale is worth to the rule. The
// scale's keys and labels live with the evidence (lib/evidence/stances.ts),
// built from this table so the two cannot disagree.
// The stances themselves are the schema's enum Stance; the table must name each.
import { DecisiveMark, type Stance } from "../../generated/prisma/enums";

export type { Stance };
export const STANCE_VALUE: { readonly [S in Stance]: number } = {
  STRONGLY_SUPPORTS: 2,
  SUPPORTS: 1,
  NEUTRAL: 0,
  CONTRADICTS: -1,
  STRONGLY_CONTRADICTS: -2,
};

/** Whether a link meets the expectation's written criterion, and which. */
export type Decisive = DecisiveMark;
export const DECISIVE_MARKS = Object.values(DecisiveMark) as [Decisive, ...Decisive[]];
