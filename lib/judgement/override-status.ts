// An analyst sets a status by hand, with a reason. It is a history row like
// any other (append-only), valid from the moment it was made; the jobs keep
// it until the analyst releases it, and evidence logged meanwhile is flagged,
// not applied. The analyst's words are stored as written and always shown as
// the analyst's (mode OVERRIDE), never read as one of the rule's reasons.
// Where the survey's review policy asks for it, an override waits for a
// second analyst: it is held as a Review and written here only on approval
// (docs/decisions/0079). A release never waits: it gives the status back to the rule.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { loadFacts } from "./load-facts";
import { OverrideStatusSchema } from "./schemas";
import { HAND_MODES, type HandMode } from "../vocabulary";
import { needsReview, reviewPolicyFor } from "../review/review-policy";
import { requestOverrideReview } from "../review/request-review";
import { dayOf, replay, RULE_VERSION, type Status } from "./rule";

/** What the rule says now, without the analyst's status: where a release returns to. */
async function ruleStatusNow(db: Db, id: string, now: Date): Promise<Status> {
  const facts = await loadFacts(db);
  const withoutHand = { ...facts, overrides: facts.overrides.filter((o) => o.expectationId !== id) };
  return replay(withoutHand, { until: dayOf(now) }).final.get(id)?.status ?? "PENDING";
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type HandChange = { actorId: string; id: string; mode: HandMode; toStatus: Status | null; ruled: Status | null; reason: string; now: Date };

/** Writes an analyst's hand on a status inside the caller's transaction (an approved review writes through it too). */
export async function writeHandChangeInTx(tx: Tx, { actorId, id, mode, toStatus, ruled, reason, now }: HandChange) {
  const state = await tx.expectation.findUnique({ where: { id }, select: { status: true } });
  if (!state) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const latest = await tx.statusChange.findFirst({
    where: { expectationId: id, mode: { in: [...HAND_MODES] } },
    orderBy: { recordedAt: "desc" },
    select: { mode: true },
  });
  if (mode === "RELEASE" && latest?.mode !== "OVERRIDE") throw new AppError("CONFLICT", "errors.noOverride");
  const status = toStatus ?? ruled ?? state.status;
  await tx.statusChange.create({
    data: {
      expectationId: id,
      fromStatus: state.status,
      toStatus: status,
      validFrom: now,
      recordedAt: now,
      actorType: "USER",
      userId: actorId,
      mode,
      reason,
      evidenceIds: "[]",
      ruleVersion: RULE_VERSION,
    },
  });
  await tx.expectation.update({ where: { id }, data: { status, statusChangedAt: now, judgedDigest: null } });
  await recordAudit(tx, {
    userId: actorId,
    action: mode === "OVERRIDE" ? "status.override" : "status.release",
    entityType: "Expectation",
    entityId: id,
    changes: { from: state.status, to: status, reason },
  });
}

async function write(db: Db, actor: Actor, id: string, mode: HandMode, toStatus: Status | null, reason: string, now: Date) {
  // A release is a change like any other: from the analyst's status to the rule's.
  const ruled = mode === "RELEASE" ? await ruleStatusNow(db, id, now) : null;
  await db.$transaction((tx) => writeHandChangeInTx(tx, { actorId: actor.userId, id, mode, toStatus, ruled, reason, now }));
}

/** Sets the status by hand; `pending` when the survey's policy holds it for a second analyst. */
export async function overrideStatus(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date): Promise<{ pending: boolean }> {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(OverrideStatusSchema, raw);
  if (needsReview(await reviewPolicyFor(db, id), "OVERRIDE")) {
    await requestOverrideReview(db, analyst, id, input, now);
    return { pending: true };
  }
  await write(db, analyst, id, "OVERRIDE", input.status, input.reason, now);
  return { pending: false };
}

/** Back to the rule, from now on: the status becomes what the evidence says. */
export async function releaseOverride(db: Db, actor: Actor | null, id: string, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  await write(db, analyst, id, "RELEASE", null, "judgement.reason.released", now);
}
