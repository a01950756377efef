// Runs a claimed JobRun under the job's lease (./job-lease.ts), renewing the
// lease and the run's leaseUntil while the work goes on. A run whose process
// dies stops renewing; once leaseUntil passes, ./sweep-abandoned.ts marks it
// ABANDONED and retries its slot once. A run that finds the job's lease held
// by another live run is recorded SKIPPED instead of running beside it.
import type { Db } from "../db-client";
import { releaseJobLease, renewJobLease, takeJobLease } from "./job-lease";
import { DEFAULT_RETRY, runClaimedSlot, type JobCounts, type RetryPolicy } from "./record-run";

/** How long a run stays "alive" without renewal; renewed every third of it. */
export const DEFAULT_LEASE_MS = 120_000;

export type RunSlotOptions = { leaseMs?: number; clock?: () => Date; retry?: RetryPolicy };

export type SlotResult = { ok: boolean; skipped?: boolean; counts?: JobCounts; error?: string };

export async function runSlotUnderLease(
  db: Db,
  run: { id: string; job: string; slot: Date; attempt: number },
  work: (runId: string) => Promise<JobCounts>,
  options: RunSlotOptions = {},
): Promise<SlotResult> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const clock = options.clock ?? (() => new Date());
  if (!(await takeJobLease(db, run.job, run.id, clock(), leaseMs))) {
    const error = `another run of ${run.job} held the job's lease; this slot did not run beside it`;
    await db.jobRun.update({ where: { id: run.id }, data: { outcome: "SKIPPED", finishedAt: clock(), error } });
    return { ok: false, skipped: true, error };
  }
  const renew = async () => {
    const now = clock();
    await renewJobLease(db, run.job, run.id, now, leaseMs);
    await db.jobRun.updateMany({ where: { id: run.id, outcome: "RUNNING" }, data: { leaseUntil: new Date(now.getTime() + leaseMs) } });
  };
  const timer = setInterval(() => void renew().catch((error) => console.error("[scheduler] lease renewal failed", error)), Math.max(50, leaseMs / 3));
  try {
    await renew();
    const result = await runClaimedSlot(db, run.job, run.slot, work, clock, options.retry ?? DEFAULT_RETRY, run.attempt);
    return { ok: result.ok, counts: result.counts, error: result.error };
  } finally {
    clearInterval(timer);
    await releaseJobLease(db, run.job, run.id).catch(() => undefined);
  }
}
