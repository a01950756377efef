// The evaluation the jobs run (docs/decisions/0040). It replays the rule in
// valid time from everything logged so far, then:
// - live (the scheduler's own slot, or a command run for today): per
//   expectation, in one transaction, the history rows (write-ledger.ts), the
//   daily series (write-series.ts), the live status and the notifications;
//   an expectation whose result digests the same as last time is skipped;
// - replay (a command run for a past day): the daily series up to that day
//   only. A replay never touches history, live status or notifications.
// Both work through batches of tied expectations (plan-batches.ts), so memory
// follows a batch. A live run on the same day and rule version as the last
// complete one re-judges only what was written since the latest write that run
// had seen, less a margin longer than a write may take from its stamp to its
// commit (docs/decisions/0050); the first run of a day, a new rule version or
// `full` re-judge everything.
import { createHash } from "node:crypto";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { messageKey } from "../i18n/translate-message";
import { changedSince, seenWrites } from "./changed-since";
import { loadFacts } from "./load-facts";
import { planBatches } from "./plan-batches";
import { dateOf, dayOf, replay, RULE_VERSION, type Change, type Day, type Judgement, type SeriesPoint } from "./rule";
import { writeLedger } from "./write-ledger";
import { writeSeries } from "./write-series";

export type EvaluationOptions = {
  now: Date;
  /** False for a run about a past day: snapshots only. */
  live: boolean;
  jobName: string;
  jobRunId?: string;
  /** Re-judge every expectation, not only what changed since the last run. */
  full?: boolean;
};

/**
 * Longer than a write may take from its time stamp to its commit (waiting up
 * to 300 s for the write lock, then up to 60 s open: lib/db-client.ts and TX
 * below), so a write stamped before a run's mark but committed after the run
 * read is still seen by the next run.
 */
export const CHANGE_MARGIN_MS = 10 * 60_000;
const CHECKPOINT = "live";

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

// The expectation's version is part of it: an edit is judged once under its version even when the result is the same.
function digest(o: Outcome, version: number): string {
  return createHash("sha256")
    .update(JSON.stringify([RULE_VERSION, version, o.changes, o.series, o.final]))
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

type Seen = Awaited<ReturnType<typeof seenWrites>>;

/** The expectations to re-judge, or undefined for all of them. */
async function scopeOf(db: Db, o: EvaluationOptions, until: Day, seen: Seen | null): Promise<Set<string> | undefined> {
  if (!o.live || o.full || !seen) return undefined;
  const last = await db.evaluationCheckpoint.findUnique({ where: { name: CHECKPOINT } });
  if (!last || last.ruleVersion !== RULE_VERSION || dayOf(last.day) !== until) return undefined;
  // Same latest stamp and the same stamps in the margin before it: nothing was written since.
  if (seen.latest?.getTime() === last.seenThrough.getTime()) {
    const then = await seenWrites(db, CHANGE_MARGIN_MS, last.seenThrough);
    if (then.window === last.window) return new Set();
  }
  return changedSince(db, new Date(last.seenThrough.getTime() - CHANGE_MARGIN_MS));
}

/** Keeps the latest mark: an older run that finishes late does not move it back. Two schedulers' runs may overlap. */
async function markDone(db: Db, seen: Seen | null, until: Day) {
  if (!seen?.latest) return;
  const data = { seenThrough: seen.latest, window: seen.window, day: dateOf(until), ruleVersion: RULE_VERSION };
  if (!(await db.evaluationCheckpoint.findUnique({ where: { name: CHECKPOINT }, select: { name: true } }))) {
    try {
      await db.evaluationCheckpoint.create({ data: { name: CHECKPOINT, ...data } });
      return;
    } catch {
      // Another run created it meanwhile: fall through to the conditional update.
    }
  }
  await db.evaluationCheckpoint.updateMany({
    where: { name: CHECKPOINT, OR: [{ day: { not: data.day } }, { ruleVersion: { not: RULE_VERSION } }, { seenThrough: { lte: seen.latest } }] },
    data,
  });
}

export async function runEvaluation(db: Db, o: EvaluationOptions) {
  const until = dayOf(o.now);
  // Read before anything else: what this run is sure to have seen.
  const seen = o.live ? await seenWrites(db, CHANGE_MARGIN_MS) : null;
  const scope = await scopeOf(db, o, until, seen);
  const counts = { judged: 0, changed: 0, superseded: 0, snapshots: 0, flagged: 0, batches: 0, full: scope ? 0 : 1 };
  // Nothing written since the last run: no batch, and no new mark to keep.
  if (scope?.size === 0) return counts;
  for (const batch of await planBatches(db, { only: scope })) {
    counts.batches++;
    await judgeBatch(db, o, until, batch, counts);
  }
  if (o.live) await markDone(db, seen, until);
  return counts;
}

type Counts = { judged: number; changed: number; superseded: number; snapshots: number; flagged: number };

async function judgeBatch(db: Db, o: EvaluationOptions, until: Day, batch: string[], counts: Counts) {
  const facts = await loadFacts(db, { expectationIds: batch });
  const result = replay(facts, { until, series: true });
  const rows = new Map(
    (await db.expectation.findMany({ where: { id: { in: batch } }, select: { id: true, judgedDigest: true, updatedAt: true, version: true } })).map((e) => [
      e.id,
      e,
    ]),
  );

  for (const e of facts.expectations) {
    const outcome: Outcome = { changes: result.changes.get(e.id)!, series: result.series.get(e.id)!, final: result.final.get(e.id)! };
    counts.judged++;
    const before = rows.get(e.id);
    const version = before?.version ?? 1;
    if (!o.live) {
      counts.snapshots += await db.$transaction(async (tx) => {
        await lockExpectation(tx, e.id);
        return writeSeries(tx, e.id, outcome.series, { until, jobRunId: o.jobRunId, dropOthers: false, version });
      }, TX);
      continue;
    }
    const d = digest(outcome, version);
    if (before?.judgedDigest === d) continue;
    await db.$transaction(async (tx) => {
      await lockExpectation(tx, e.id);
      // The first live judgement under an edited version says so: in the version's row and as the revision's cause.
      const edit = await tx.expectationVersion.updateMany({
        where: { expectationId: e.id, number: version, judgedAt: null, editedById: { not: null } },
        data: { judgedAt: o.now, judgedRunId: o.jobRunId },
      });
      const ledger = await writeLedger(tx, e.id, outcome.changes, { ...o, version, afterEdit: edit.count > 0 });
      counts.changed += ledger.added;
      counts.superseded += ledger.superseded;
      counts.snapshots += await writeSeries(tx, e.id, outcome.series, { until, jobRunId: o.jobRunId, dropOthers: true, version });
      const latest = await tx.statusChange.findFirst({
        where: { expectationId: e.id, supersededAt: null },
        orderBy: [{ validFrom: "desc" }, { recordedAt: "desc" }],
        select: { validFrom: true },
      });
      await tx.expectation.update({
        where: { id: e.id },
        data: {
          status: outcome.final.status,
          statusChangedAt: latest?.validFrom ?? null,
          judgedDigest: d,
          // The job's own write is not an edit: keeping updatedAt leaves changedSince to what people wrote.
          updatedAt: before?.updatedAt,
        },
      });
    }, TX);
    if (outcome.final.needsReview && (await flagReview(db, e.id, outcome.final, o))) counts.flagged++;
  }
}
