// One run of a job at a time across every scheduler process (issue 15;
// docs/decisions/0070). The slot claim (./job-run-coordinator.ts) makes each
// slot run once; this lease makes the *job* run once at a time, so a run that
// outlasts its interval is not joined by the next slot in another process.
//
// The lease is one row per job, taken in one statement: an upsert that
// inserts the row, or overwrites it only when the lease there has run out.
// Both databases decide a conflicting insert on the row itself (PostgreSQL
// waits on the row lock, SQLite holds its write lock), so of two processes
// asking at once exactly one gets a row count of 1. No read-then-write: that
// is what decision 0006 found blocking on SQLite.
import type { Db } from "../db-client";

type Raw = Pick<Db, "$executeRaw">;

/** Takes (or re-takes, for the same holder) the job's lease until now + leaseMs; false when another holder's lease is live. */
export async function takeJobLease(db: Raw, job: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const nowMs = BigInt(now.getTime());
  const untilMs = BigInt(now.getTime() + leaseMs);
  const rows = await db.$executeRaw`
    INSERT INTO "JobLease" ("job", "holder", "untilMs") VALUES (${job}, ${holder}, ${untilMs})
    ON CONFLICT ("job") DO UPDATE SET "holder" = excluded."holder", "untilMs" = excluded."untilMs"
    WHERE "JobLease"."untilMs" < ${nowMs} OR "JobLease"."holder" = excluded."holder"`;
  return rows === 1;
}

/** Extends the lease while the holder still has it; false when it was lost (it ran out and someone else took it). */
export async function renewJobLease(db: Raw, job: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const untilMs = BigInt(now.getTime() + leaseMs);
  const rows = await db.$executeRaw`UPDATE "JobLease" SET "untilMs" = ${untilMs} WHERE "job" = ${job} AND "holder" = ${holder}`;
  return rows === 1;
}

export async function releaseJobLease(db: Raw, job: string, holder: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "JobLease" WHERE "job" = ${job} AND "holder" = ${holder}`;
}
