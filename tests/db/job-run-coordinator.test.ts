// Two schedulers on one database: each (job, slot) is claimed exactly once,
// a failing run is tried again within its slot, and a run that keeps failing
// is recorded without stopping the next slot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimSlot, jobRunCoordinator } from "../../lib/jobs/job-run-coordinator";
import { runClaimedSlot, type RetryPolicy } from "../../lib/jobs/record-run";

const FAST: RetryPolicy = { attempts: 3, firstDelayMs: 5 };
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

describe.each(DATABASE_KINDS)("JobRun claims on $kind", ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => t?.drop());

  it("gives every slot to exactly one of two racing coordinators", async () => {
    const a = jobRunCoordinator(t.db, "instance-a");
    const b = jobRunCoordinator(t.db, "instance-b");
    const slots = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 5, 1, 0, i)));
    const outcomes = await Promise.all(
      slots.flatMap((slot) => [`race:${slot.toISOString()}`].flatMap((key) => [a.shouldRun(key, 60_000), b.shouldRun(key, 60_000)])),
    );
    for (let i = 0; i < slots.length; i++) {
      expect([outcomes[2 * i], outcomes[2 * i + 1]].filter(Boolean)).toHaveLength(1);
    }
    const rows = await t.db.jobRun.groupBy({ by: ["slot"], where: { job: "race" }, _count: { _all: true } });
    expect(rows).toHaveLength(slots.length);
    expect(rows.every((r) => r._count._all === 1)).toBe(true);
  });

  it("records a failure with its error, and the next slot still runs", async () => {
    const first = new Date(Date.UTC(2025, 5, 2, 0, 0));
    const second = new Date(Date.UTC(2025, 5, 2, 1, 0));
    expect(await claimSlot(t.db, "flaky", first, "x", new Date())).toBe(true);
    let tries = 0;
    const failed = await runClaimedSlot(
      t.db,
      "flaky",
      first,
      async () => {
        tries++;
        throw new Error("source feed unreachable");
      },
      undefined,
      FAST,
    );
    expect(failed.ok).toBe(false);
    expect(tries).toBe(3);
    expect(await claimSlot(t.db, "flaky", second, "x", new Date())).toBe(true);
    await runClaimedSlot(t.db, "flaky", second, async () => ({ done: 3 }));
    const runs = await t.db.jobRun.findMany({ where: { job: "flaky" }, orderBy: { slot: "asc" } });
    expect(runs.map((r) => r.outcome)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(runs[0]?.error).toContain("source feed unreachable");
    expect(JSON.parse(runs[1]?.counts ?? "{}")).toEqual({ done: 3 });
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it("tries a failed run again within its slot and records that it needed to", async () => {
    const slot = new Date(Date.UTC(2025, 5, 3, 0, 0));
    expect(await claimSlot(t.db, "contended", slot, "x", new Date())).toBe(true);
    let tries = 0;
    const result = await runClaimedSlot(
      t.db,
      "contended",
      slot,
      async () => {
        tries++;
        if (tries < 3) throw new Error(`database is locked (try ${tries})`);
        return { judged: 8 };
      },
      undefined,
      FAST,
    );
    expect(result).toMatchObject({ ok: true, attempts: 3, counts: { judged: 8 } });
    const run = await t.db.jobRun.findUniqueOrThrow({ where: { job_slot_attempt: { job: "contended", slot, attempt: 1 } } });
    expect(run.outcome).toBe("SUCCEEDED");
    expect(JSON.parse(run.counts ?? "{}")).toEqual({ judged: 8 });
    expect(run.error).toContain("succeeded on attempt 3");
    expect(run.error).toContain("database is locked (try 2)");
  });
});
