// Runs left RUNNING by a process that died (its lease ran out without being
// renewed) are marked ABANDONED, and each abandoned first attempt gets one
// retry: a second JobRun for the same slot (attempt 2). The mark is a
// conditional update and the retry an insert under the unique (job, slot,
// attempt) key, so with several schedulers sweeping, one marks and one retries.
import type { Db } from "../db-client";
import { isUniqueViolation } from "../errors";

export type RetryRun = { id: string; job: string; slot: Date; attempt: number };

export async function sweepAbandoned(db: Db, instance: string, now: Date, leaseMs: number): Promise<RetryRun[]> {
  const expired = await db.jobRun.findMany({
    where: { outcome: "RUNNING", leaseUntil: { lt: now } },
    select: { id: true, job: true, slot: true, attempt: true, leaseUntil: true, instance: true },
    take: 100,
  });
  const retries: RetryRun[] = [];
  for (const run of expired) {
    const error = `abandoned: ${run.instance} stopped renewing its lease (ran out ${run.leaseUntil?.toISOString()}); marked by ${instance}`;
    const { count } = await db.jobRun.updateMany({
      where: { id: run.id, outcome: "RUNNING", leaseUntil: { lt: now } },
      data: { outcome: "ABANDONED", finishedAt: now, error: error.slice(0, 4000) },
    });
    if (count !== 1 || run.attempt > 1) continue;
    try {
      const retry = await db.jobRun.create({
        data: {
          job: run.job,
          slot: run.slot,
          attempt: run.attempt + 1,
          instance,
          startedAt: now,
          outcome: "RUNNING",
          leaseUntil: new Date(now.getTime() + leaseMs),
        },
        select: { id: true, job: true, slot: true, attempt: true },
      });
      retries.push(retry);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return retries;
}

/** Runs an admin asked for ("run now"): the first scheduler to flip REQUESTED to RUNNING runs it. */
export async function takeRequestedRuns(db: Db, instance: string, now: Date, leaseMs: number): Promise<RetryRun[]> {
  const requested = await db.jobRun.findMany({ where: { outcome: "REQUESTED" }, select: { id: true, job: true, slot: true, attempt: true }, take: 20 });
  const taken: RetryRun[] = [];
  for (const run of requested) {
    const { count } = await db.jobRun.updateMany({
      where: { id: run.id, outcome: "REQUESTED" },
      data: { outcome: "RUNNING", instance, startedAt: now, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) taken.push(run);
  }
  return taken;
}
