// Runs the work of a claimed slot and records how it went on its JobRun row.
// A failure is recorded, not rethrown: the next slot must run normally.
import type { Db } from "../db-client";

export type JobCounts = Record<string, number>;

export async function runClaimedSlot(
  db: Db,
  job: string,
  slot: Date,
  work: (runId: string) => Promise<JobCounts>,
  clock: () => Date = () => new Date(),
): Promise<{ ok: boolean; counts?: JobCounts; error?: string }> {
  try {
    const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job, slot } }, select: { id: true } });
    const counts = await work(run.id);
    await db.jobRun.update({
      where: { job_slot: { job, slot } },
      data: { outcome: "SUCCEEDED", finishedAt: clock(), counts: JSON.stringify(counts) },
    });
    return { ok: true, counts };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await db.jobRun.update({
      where: { job_slot: { job, slot } },
      data: { outcome: "FAILED", finishedAt: clock(), error: message.slice(0, 4000) },
    });
    return { ok: false, error: message };
  }
}
