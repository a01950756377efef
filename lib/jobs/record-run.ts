// Runs the work of a claimed slot and records how it went on its JobRun row.
// A failed attempt is tried again within the slot, after a pause that grows,
// because most failures of a run are passing ones (another process holding the
// database, a connection reset); the work itself is written to be re-runnable.
// The final failure is recorded, not rethrown: the next slot must run normally.
import type { Db } from "../db-client";
import { sleep } from "../db/retry-policy";

export type JobCounts = Record<string, number>;

export type RetryPolicy = { attempts: number; firstDelayMs: number };
// 3 tries, 2 s then 6 s apart: well inside a one-minute slot.
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 2_000 };

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 4000);

export async function runClaimedSlot(
  db: Db,
  job: string,
  slot: Date,
  work: (runId: string) => Promise<JobCounts>,
  clock: () => Date = () => new Date(),
  retry: RetryPolicy = DEFAULT_RETRY,
  // Which JobRun of the slot: 2 is the one retry of an abandoned run (./sweep-abandoned.ts).
  attempt = 1,
): Promise<{ ok: boolean; counts?: JobCounts; error?: string; attempts: number }> {
  const where = { job_slot_attempt: { job, slot, attempt } };
  const failures: string[] = [];
  for (let tries = 1; ; tries++) {
    try {
      const run = await db.jobRun.findUniqueOrThrow({ where, select: { id: true } });
      const counts = await work(run.id);
      // A run that needed retries says so: the operator sees what got in the way.
      const error = failures.length ? `succeeded on attempt ${tries} after: ${failures.join(" | ")}`.slice(0, 4000) : null;
      await db.jobRun.update({ where, data: { outcome: "SUCCEEDED", finishedAt: clock(), counts: JSON.stringify(counts), error } });
      return { ok: true, counts, attempts: tries };
    } catch (error) {
      failures.push(describe(error));
      if (tries < retry.attempts) {
        await sleep(retry.firstDelayMs * 3 ** (tries - 1));
        continue;
      }
      const message = failures.at(-1) ?? "unknown failure";
      await db.jobRun.update({ where, data: { outcome: "FAILED", finishedAt: clock(), error: message } });
      return { ok: false, error: message, attempts: tries };
    }
  }
}
