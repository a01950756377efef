// node-cron's RunCoordinator, backed by the JobRun table: a scheduled slot runs
// in whichever process inserts its (job, slot) row first; every other process
// hits the unique key and skips. One mechanism, the one node-cron already has
// (distributed: true), with the database as the referee (docs/decisions/0006).
import type { RunCoordinator } from "node-cron";
import type { Db } from "../db-client";
import { isUniqueViolation } from "../errors";
import { DEFAULT_LEASE_MS } from "./run-slot";

/** node-cron builds the key as `${task name}:${slot ISO}`. */
export function parseRunKey(key: string): { job: string; slot: Date } {
  const at = key.indexOf(":");
  const slot = new Date(key.slice(at + 1));
  if (at <= 0 || Number.isNaN(slot.getTime())) throw new Error(`unexpected run key ${key}`);
  return { job: key.slice(0, at), slot };
}

/** Inserts the JobRun row for (job, slot); false when another process already has it. */
export async function claimSlot(db: Db, job: string, slot: Date, instance: string, now: Date, leaseMs = DEFAULT_LEASE_MS): Promise<boolean> {
  try {
    // leaseUntil: if this process dies before renewing it, the run is swept as abandoned (./sweep-abandoned.ts).
    await db.jobRun.create({ data: { job, slot, instance, startedAt: now, outcome: "RUNNING", leaseUntil: new Date(now.getTime() + leaseMs) } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function jobRunCoordinator(db: Db, instance: string, clock: () => Date = () => new Date(), leaseMs = DEFAULT_LEASE_MS): RunCoordinator {
  return {
    shouldRun: (key) => {
      const { job, slot } = parseRunKey(key);
      return claimSlot(db, job, slot, instance, clock(), leaseMs);
    },
  };
}
