// "What it would take": how much net score an expectation still needs to
// reach its confirm or its contradict threshold, counted in reports an analyst
// can picture — A1 reports that strongly support (2 each) or B2 reports that
// support (0.64 each). Reaching a threshold counts at the threshold itself
// (net >= confirm, net <= contradict: rule/judge-one.ts), so a need of exactly
// two A1 reports is two, not three. What reaching it does depends on the kind
// (docs/decisions/0040): an occurrence is confirmed by weight but only leans
// contradicted; a continuity is breached by weight but confirmed only at its
// deadline. A decisive report at the survey's minimum grade resolves either.
import { gradeFactor, round2, STANCE_VALUE, type ExpectationFact, type Grade, type Status } from "../judgement/rule";

export const STRONG_A1 = STANCE_VALUE.STRONGLY_SUPPORTS * gradeFactor({ reliability: "A", credibility: 1 });
export const PLAIN_B2 = STANCE_VALUE.SUPPORTS * gradeFactor({ reliability: "B", credibility: 2 });

/** How many reports of `each` weight reach `need`; a report landing exactly on the threshold is enough. */
export function reportsFor(need: number, each: number): number {
  if (need <= 0) return 0;
  return Math.ceil(need / each - 1e-9);
}

export type Take = {
  direction: "confirm" | "contradict";
  /** Net still needed in that direction (0: already at or past the threshold). */
  need: number;
  strongA1: number;
  plainB2: number;
  /** Reaching the threshold by weight resolves it (otherwise it only leans or holds). */
  resolvesByWeight: boolean;
  /** A decisive report graded this or better resolves it in this direction. */
  decisiveGrade: Grade;
  /** A continuity is confirmed only at its deadline (null: it has none). */
  onlyAtDeadline: boolean;
};

/** Why evidence cannot move the status now; null when it can. */
export type Settled = "override" | "resolved" | "void" | "ruledOut" | "condition" | "windowClosed" | null;

export function settledBy(status: Status, o: { overridden: boolean; waitingForCondition: boolean; windowClosed: boolean }): Settled {
  if (o.overridden) return "override";
  if (status === "CONFIRMED" || status === "CONTRADICTED") return "resolved";
  if (status === "VOID") return "void";
  if (status === "RULED_OUT") return "ruledOut";
  if (o.waitingForCondition) return "condition";
  if (o.windowClosed) return "windowClosed";
  return null;
}

export function whatItWouldTake(e: ExpectationFact, net: number): { confirm: Take; contradict: Take } {
  const need = (v: number) => Math.max(0, round2(v));
  const take = (direction: Take["direction"], n: number): Take => ({
    direction,
    need: n,
    strongA1: reportsFor(n, STRONG_A1),
    plainB2: reportsFor(n, PLAIN_B2),
    resolvesByWeight: direction === "confirm" ? e.kind === "OCCURRENCE" : e.kind === "CONTINUITY",
    decisiveGrade: e.minDecisiveGrade,
    onlyAtDeadline: direction === "confirm" && e.kind === "CONTINUITY",
  });
  return { confirm: take("confirm", need(e.confirmThreshold - net)), contradict: take("contradict", need(net - e.contradictThreshold)) };
}
