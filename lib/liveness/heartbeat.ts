// Heartbeats: each process proves now and then that it can still commit a
// write. The web server's health probe writes "health"; each scheduler writes
// "scheduler:<instance>" on a timer, so the probe can tell a scheduler that
// stopped (or cannot write) from one that is running.
import type { Db } from "../db-client";
import { commitsFailing, noteCommit } from "../db/commit-outcomes";

export const SCHEDULER_PREFIX = "scheduler:";
/** A scheduler silent this long is reported stale (it beats every 30 s). */
export const SCHEDULER_STALE_MS = 3 * 60_000;
/** A write that has not committed in this long counts as failing. */
export const WRITE_PROBE_TIMEOUT_MS = 10_000; // saves queue ahead of it under load

export async function beat(db: Db, name: string, now: Date): Promise<void> {
  await db.heartbeat.upsert({ where: { name }, create: { name, at: now }, update: { at: now } });
}

export type Health = {
  ok: boolean;
  database: "up" | "down";
  writes: "ok" | "failing";
  scheduler: "up" | "stale" | "absent";
  schedulerSeenAt?: string;
};

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads, commits a small write, and looks at the schedulers' heartbeats.
 * Healthy only when writes commit and no scheduler that ran has gone silent;
 * "absent" (no scheduler ever beat, e.g. `npm run dev`) is not a failure.
 */
export async function probeHealth(db: Db, now: Date, log: (what: string, error: unknown) => void = () => {}): Promise<Health> {
  let database: Health["database"] = "up";
  let writes: Health["writes"] = "ok";
  let scheduler: Health["scheduler"] = "absent";
  let schedulerSeenAt: string | undefined;
  try {
    const latest = await withTimeout(
      db.heartbeat.findFirst({ where: { name: { startsWith: SCHEDULER_PREFIX } }, orderBy: { at: "desc" }, select: { at: true } }),
      WRITE_PROBE_TIMEOUT_MS,
    );
    if (latest) {
      schedulerSeenAt = latest.at.toISOString();
      scheduler = now.getTime() - latest.at.getTime() > SCHEDULER_STALE_MS ? "stale" : "up";
    }
  } catch (error) {
    log("read", error);
    database = "down";
  }
  // A save that failed at COMMIT since the last good one counts, whatever the probe's own tiny write does.
  if (commitsFailing()) writes = "failing";
  try {
    await withTimeout(beat(db, "health", now), WRITE_PROBE_TIMEOUT_MS);
    noteCommit(true);
  } catch (error) {
    log("write", error);
    writes = "failing";
  }
  const ok = database === "up" && writes === "ok" && scheduler !== "stale";
  return { ok, database, writes, scheduler, ...(schedulerSeenAt ? { schedulerSeenAt } : {}) };
}
