// The evaluate job's work: judge, then write, per expectation and in one
// transaction each, the status change (only when the status changes), the
// day's score snapshot, and the notification. A run killed part-way leaves
// every expectation either fully written or untouched; the next run finishes.
import type { Db } from "../db-client";
import { messageKey } from "../i18n/translate-message";
import type { Judgement, Status } from "./evaluate";
import { judgeAll } from "./judge-all";
import { changedSince, loadFacts, type CurrentState } from "./load-facts";
import { RULE_VERSION } from "./weights";

export type EvaluationOptions = {
  now: Date;
  jobName: string;
  jobRunId?: string;
  /** Judge only what changed since then (with dependents); all when absent. */
  since?: Date;
  /** Write a score snapshot for every expectation judged (the daily run). */
  snapshotAll?: boolean;
  /** Tests: throw after this many expectations have been written. */
  failAfter?: number;
};

const NOTIFY: Partial<Record<Status, string>> = { CONFIRMED: "CONFIRMED", CONTRADICTED: "CONTRADICTED", VOID: "VOIDED" };

export function utcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function writeOne(db: Db, id: string, current: CurrentState, j: Judgement, o: EvaluationOptions, snapshot: boolean) {
  const changes = current.status !== j.status;
  await db.$transaction(async (tx) => {
    if (changes) {
      await tx.statusChange.create({
        data: {
          expectationId: id,
          fromStatus: current.status,
          toStatus: j.status,
          changedAt: o.now,
          actorType: "JOB",
          jobName: o.jobName,
          jobRunId: o.jobRunId,
          ruleVersion: RULE_VERSION,
          netScore: j.netScore,
          reason: j.reason,
          evidenceIds: JSON.stringify(j.evidenceIds),
        },
      });
      await tx.expectation.update({ where: { id }, data: { status: j.status, statusChangedAt: o.now } });
      const kind = NOTIFY[j.status];
      if (kind) await tx.notification.create({ data: { createdAt: o.now, kind, expectationId: id, message: j.reason, jobRunId: o.jobRunId } });
    }
    if (changes || snapshot) {
      const day = utcMidnight(o.now);
      const key = { expectationId_day: { expectationId: id, day } };
      const existing = await tx.scoreSnapshot.findUnique({ where: key, select: { netScore: true, status: true } });
      // The same day judged again with nothing new: nothing to write.
      if (existing && existing.netScore === j.netScore && existing.status === j.status) return;
      const data = { netScore: j.netScore, status: j.status, ruleVersion: RULE_VERSION, jobRunId: o.jobRunId };
      await tx.scoreSnapshot.upsert({ where: key, create: { expectationId: id, day, ...data }, update: data });
    }
  });
  return changes;
}

/** Evidence after an analyst's override is flagged once, not applied. */
async function flagReview(db: Db, id: string, j: Judgement, o: EvaluationOptions, overrideAt: Date) {
  const already = await db.notification.count({ where: { kind: "OVERRIDE_REVIEW", expectationId: id, createdAt: { gte: overrideAt } } });
  if (already) return false;
  await db.notification.create({
    data: { createdAt: o.now, kind: "OVERRIDE_REVIEW", expectationId: id, message: messageKey("judgement.reason.overrideReview", { net: j.netScore }), jobRunId: o.jobRunId },
  });
  return true;
}

export async function runEvaluation(db: Db, o: EvaluationOptions) {
  const { facts, current } = await loadFacts(db);
  const judgements = judgeAll(facts, o.now);
  const targets = o.since ? await changedSince(db, o.since, facts) : new Set(facts.map((f) => f.id));
  let changed = 0;
  let written = 0;
  let flagged = 0;
  for (const f of facts) {
    if (!targets.has(f.id)) continue;
    const j = judgements.get(f.id)!;
    if (await writeOne(db, f.id, current.get(f.id)!, j, o, o.snapshotAll === true)) changed++;
    if (j.needsReview && f.override && (await flagReview(db, f.id, j, o, f.override.at))) flagged++;
    written++;
    if (o.failAfter !== undefined && written >= o.failAfter) throw new Error(`injected failure after ${written} expectations`);
  }
  return { judged: targets.size, changed, flagged };
}
