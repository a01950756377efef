// The evaluation the jobs run (docs/decisions/0040). It replays the rule in
// valid time from everything logged so far, then:
// - live (the scheduler's own slot, or a command run for today): per
//   expectation, in one transaction, the history rows (write-ledger.ts), the
//   daily series (write-series.ts), the live status and the notifications;
//   an expectation whose result digests the same as last time is skipped;
// - replay (a command run for a past day): the daily series up to that day
//   only. A replay never touches history, live status or notifications.
import { createHash } from "node:crypto";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { messageKey } from "../i18n/translate-message";
import { loadFacts } from "./load-facts";
import { dayOf, replay, RULE_VERSION, type Change, type Judgement, type SeriesPoint } from "./rule";
import { writeLedger } from "./write-ledger";
import { writeSeries } from "./write-series";

export type EvaluationOptions = {
  now: Date;
  /** False for a run about a past day: snapshots only. */
  live: boolean;
  jobName: string;
  jobRunId?: string;
};

// A first fill writes a year or more of daily rows per expectation, and another
// process may hold the write lock meanwhile: more than Prisma's 5 s default.
const TX = { maxWait: 15_000, timeout: 60_000 };

/**
 * Takes the expectation's row lock first: two evaluations (the minute job and
 * an operator's run, or two processes) then write one expectation one after
 * the other, and the second finds nothing left to write. On SQLite the
 * transaction starts as a writer, so it waits for the lock instead of failing
 * to upgrade from a read.
 */
async function lockExpectation(tx: Prisma.TransactionClient, id: string) {
  await tx.$executeRaw`UPDATE "Expectation" SET "judgedDigest" = "judgedDigest" WHERE "id" = ${id}`;
}

type Outcome = { changes: Change[]; series: SeriesPoint[]; final: Judgement };

function digest(o: Outcome): string {
  return createHash("sha256")
    .update(JSON.stringify([RULE_VERSION, o.changes, o.series, o.final]))
    .digest("base64url");
}

/** Evidence logged after an analyst's override is flagged once per override, not applied. */
async function flagReview(db: Db, id: string, j: Judgement, o: EvaluationOptions) {
  const override = await db.statusChange.findFirst({
    where: { expectationId: id, mode: "OVERRIDE" },
    orderBy: { recordedAt: "desc" },
    select: { recordedAt: true },
  });
  if (!override) return false;
  const already = await db.notification.count({ where: { kind: "OVERRIDE_REVIEW", expectationId: id, createdAt: { gte: override.recordedAt } } });
  if (already) return false;
  await db.notification.create({
    data: {
      createdAt: o.now,
      kind: "OVERRIDE_REVIEW",
      expectationId: id,
      message: messageKey("judgement.reason.overrideReview", { net: j.net }),
      jobRunId: o.jobRunId,
    },
  });
  return true;
}

export async function runEvaluation(db: Db, o: EvaluationOptions) {
  const until = dayOf(o.now);
  const facts = await loadFacts(db);
  const result = replay(facts, { until, series: true });
  const counts = { judged: 0, changed: 0, superseded: 0, snapshots: 0, flagged: 0 };
  const digests = o.live
    ? new Map((await db.expectation.findMany({ select: { id: true, judgedDigest: true } })).map((e) => [e.id, e.judgedDigest]))
    : new Map();

  for (const e of facts.expectations) {
    const outcome: Outcome = { changes: result.changes.get(e.id)!, series: result.series.get(e.id)!, final: result.final.get(e.id)! };
    counts.judged++;
    if (!o.live) {
      counts.snapshots += await db.$transaction(async (tx) => {
        await lockExpectation(tx, e.id);
        return writeSeries(tx, e.id, outcome.series, { until, jobRunId: o.jobRunId, dropOthers: false });
      }, TX);
      continue;
    }
    const d = digest(outcome);
    if (digests.get(e.id) === d) continue;
    await db.$transaction(async (tx) => {
      await lockExpectation(tx, e.id);
      const ledger = await writeLedger(tx, e.id, outcome.changes, o);
      counts.changed += ledger.added;
      counts.superseded += ledger.superseded;
      counts.snapshots += await writeSeries(tx, e.id, outcome.series, { until, jobRunId: o.jobRunId, dropOthers: true });
      const latest = await tx.statusChange.findFirst({
        where: { expectationId: e.id, supersededAt: null },
        orderBy: [{ validFrom: "desc" }, { recordedAt: "desc" }],
        select: { validFrom: true },
      });
      await tx.expectation.update({ where: { id: e.id }, data: { status: outcome.final.status, statusChangedAt: latest?.validFrom ?? null, judgedDigest: d } });
    }, TX);
    if (outcome.final.needsReview && (await flagReview(db, e.id, outcome.final, o))) counts.flagged++;
  }
  return counts;
}
