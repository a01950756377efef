// The judgement rule, version 1 (docs/design.md, "Evaluation semantics"). A pure
// function of the expectation, its evidence, its neighbours' statuses and `now`:
// no clock, no database. Replaying it with an earlier `now` gives the judgement
// as of that day, from the evidence that had happened by then.
import { messageKey } from "../i18n/translate-message";
import { bestSourceFactor, round2, stanceValue, type Grade } from "./weights";

export type Status = "PENDING" | "LEANING_CONFIRMED" | "LEANING_CONTRADICTED" | "CONFIRMED" | "CONTRADICTED" | "VOID";

export type EvidenceItem = {
  linkId: string;
  developmentId: string;
  occurredOn: Date; // when the development happened
  linkedAt: Date; // when the link was made or last changed: for overrides
  stance: string;
  sources: Grade[];
};

export type Override = { status: Status; at: Date };

export type JudgeInput = {
  kind: "OCCURRENCE" | "CONTINUITY";
  deadline: Date | null;
  confirmThreshold: number;
  contradictThreshold: number;
  evidence: EvidenceItem[];
  now: Date;
  /** Status of the expectation this one depends on, judged as of `now`; undefined when it has none. */
  conditionStatus?: Status;
  /** True when another answer of the same survey question is CONFIRMED as of `now`. */
  siblingConfirmed?: boolean;
  /** An analyst's status in force (the latest OVERRIDE not yet released). */
  override?: Override | null;
};

export type Judgement = {
  status: Status;
  netScore: number;
  /** Catalogue key with parameters: why, in the reader's language. */
  reason: string;
  /** Links that counted, strongest first. */
  evidenceIds: string[];
  /** Evidence linked after the override in force: to be reviewed, not applied. */
  needsReview: boolean;
};

export function netScoreOf(evidence: EvidenceItem[], now: Date) {
  const counted = evidence
    .filter((e) => e.occurredOn.getTime() <= now.getTime())
    .map((e) => ({ id: e.linkId, weight: stanceValue(e.stance) * bestSourceFactor(e.sources) }))
    .filter((e) => e.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { net: round2(counted.reduce((sum, e) => sum + e.weight, 0)), ids: counted.map((e) => e.id) };
}

function byScore(net: number, input: JudgeInput): { status: Status; reason: string } {
  const params = { net, confirm: input.confirmThreshold, contradict: input.contradictThreshold };
  if (net >= input.confirmThreshold) return { status: "CONFIRMED", reason: messageKey("judgement.reason.confirmed", params) };
  if (net <= input.contradictThreshold) return { status: "CONTRADICTED", reason: messageKey("judgement.reason.contradicted", params) };
  if (net >= 1) return { status: "LEANING_CONFIRMED", reason: messageKey("judgement.reason.leaningConfirmed", params) };
  if (net <= -1) return { status: "LEANING_CONTRADICTED", reason: messageKey("judgement.reason.leaningContradicted", params) };
  return { status: "PENDING", reason: messageKey("judgement.reason.pending", params) };
}

function ruleJudgement(input: JudgeInput, net: number): { status: Status; reason: string } {
  if (input.conditionStatus === "CONTRADICTED" || input.conditionStatus === "VOID") {
    return { status: "VOID", reason: "judgement.reason.conditionFailed" };
  }
  if (input.conditionStatus !== undefined && input.conditionStatus !== "CONFIRMED") {
    return { status: "PENDING", reason: messageKey("judgement.reason.conditionOpen", { net }) };
  }
  if (input.siblingConfirmed) return { status: "CONTRADICTED", reason: "judgement.reason.siblingConfirmed" };
  const scored = byScore(net, input);
  if (input.deadline && input.now.getTime() >= input.deadline.getTime()) {
    if (input.kind === "OCCURRENCE" && scored.status !== "CONFIRMED") {
      return { status: "CONTRADICTED", reason: messageKey("judgement.reason.deadlineMissed", { net }) };
    }
    if (input.kind === "CONTINUITY" && scored.status !== "CONTRADICTED") {
      return { status: "CONFIRMED", reason: messageKey("judgement.reason.deadlineHeld", { net }) };
    }
  }
  return scored;
}

export function judge(input: JudgeInput): Judgement {
  const { net, ids } = netScoreOf(input.evidence, input.now);
  if (input.override && input.override.at.getTime() <= input.now.getTime()) {
    const overrideAt = input.override.at.getTime();
    const newer = input.evidence.some((e) => e.linkedAt.getTime() > overrideAt && e.linkedAt.getTime() <= input.now.getTime());
    return { status: input.override.status, netScore: net, reason: "judgement.reason.override", evidenceIds: ids, needsReview: newer };
  }
  const { status, reason } = ruleJudgement(input, net);
  return { status, netScore: net, reason, evidenceIds: ids, needsReview: false };
}
