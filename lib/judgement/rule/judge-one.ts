// Rule v2 for one expectation on one day, from its evidence state and what
// its neighbours are that day (docs/decisions/0040, with worked examples).
import type { EvidenceState } from "./evidence-state";
import type { Day, Judgement, OverrideFact, Reason, Status } from "./types";

export type DayContext = {
  day: Day;
  /** Status of its condition that day; undefined when it has none. */
  conditionStatus?: Status;
  /** Another answer of its question is confirmed that day. */
  ruledOut: boolean;
  /** The survey's "evidence reviewed through" day, if any. */
  coverage: Day | null;
  override: OverrideFact | null;
};

const reason = (key: string, params?: Reason["params"]): Reason => ({ key: `judgement.reason.${key}`, params });

function byWeight(s: EvidenceState): { status: Status; reason: Reason } {
  const { net } = s;
  const { confirmThreshold: confirm, contradictThreshold: contradict, kind } = s.fact;
  const params = { net, confirm, contradict };
  if (net >= 1) {
    // A continuity only holds until its deadline; an occurrence below its threshold has not happened yet.
    if (kind === "CONTINUITY" && net >= confirm) return { status: "LEANING_CONFIRMED", reason: reason("holding", params) };
    return { status: "LEANING_CONFIRMED", reason: reason("leaningConfirmed", params) };
  }
  if (net <= -1) {
    if (kind === "OCCURRENCE" && net <= contradict) return { status: "LEANING_CONTRADICTED", reason: reason("notYetContradicted", params) };
    return { status: "LEANING_CONTRADICTED", reason: reason("leaningContradicted", params) };
  }
  return { status: "PENDING", reason: reason("pending", params) };
}

function byRule(s: EvidenceState, c: DayContext): Omit<Judgement, "net" | "overridden" | "needsReview"> {
  const { net, fact } = s;
  if (c.conditionStatus !== undefined && c.conditionStatus !== "CONFIRMED") {
    if (c.conditionStatus === "CONTRADICTED" || c.conditionStatus === "VOID" || c.conditionStatus === "RULED_OUT") {
      return { status: "VOID", reason: reason("conditionFailed"), waiting: null };
    }
    return { status: "PENDING", reason: reason("conditionOpen", { net }), waiting: { kind: "condition", conditionId: fact.conditionId! } };
  }
  if (c.ruledOut) return { status: "RULED_OUT", reason: reason("ruledOut", { net }), waiting: null };
  const { confirmed, contradicted } = s;
  const latched = (l: NonNullable<typeof confirmed>, to: Status, key: string) => ({
    status: to,
    reason: reason(`${key}${l.by === "decisive" ? "Decisive" : "Threshold"}`, { net }),
    waiting: null,
  });
  if (fact.kind === "OCCURRENCE") {
    if (confirmed && (!contradicted || confirmed.day <= contradicted.day)) return latched(confirmed, "CONFIRMED", "happened");
    if (contradicted) return latched(contradicted, "CONTRADICTED", "contradicted");
  } else if (contradicted) {
    return latched(contradicted, "CONTRADICTED", "breached");
  }
  const deadlinePassed = fact.deadline !== null && c.day >= fact.deadline;
  if (deadlinePassed && c.coverage !== null && c.coverage >= fact.deadline!) {
    return fact.kind === "OCCURRENCE"
      ? { status: "CONTRADICTED", reason: reason("deadlineMissed", { net }), waiting: null }
      : { status: "CONFIRMED", reason: reason("deadlineHeld", { net }), waiting: null };
  }
  const weighed = byWeight(s);
  return { ...weighed, waiting: deadlinePassed ? { kind: "coverage", deadline: fact.deadline! } : null };
}

export function judgeOne(s: EvidenceState, c: DayContext): Judgement {
  const ruled = byRule(s, c);
  if (c.override?.mode === "OVERRIDE") {
    return { status: c.override.status, net: s.net, reason: { key: "judgement.reason.override" }, waiting: null, overridden: true, needsReview: false };
  }
  return { ...ruled, net: s.net, overridden: false, needsReview: false };
}
