// What each stance of the five-point ACH scale is worth to the rule. The
// scale's keys and labels live with the evidence (lib/evidence/stances.ts),
// built from this table so the two cannot disagree.
export const STANCE_VALUE = {
  STRONGLY_SUPPORTS: 2,
  SUPPORTS: 1,
  NEUTRAL: 0,
  CONTRADICTS: -1,
  STRONGLY_CONTRADICTS: -2,
} as const;

export type Stance = keyof typeof STANCE_VALUE;

/** Whether a link meets the expectation's written criterion, and which. */
export const DECISIVE_MARKS = ["NONE", "MEETS_CONFIRMING", "MEETS_CONTRADICTING"] as const;
export type Decisive = (typeof DECISIVE_MARKS)[number];
