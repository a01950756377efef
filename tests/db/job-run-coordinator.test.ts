// Two schedulers on one database: each (job, slot) is claimed exactly once,
// and a failing run is recorded without stopping the next slot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimSlot, jobRunCoordinator } from "../../lib/jobs/job-run-coordinator";
import { runClaimedSlot } from "../../lib/jobs/record-run";
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
    const failed = await runClaimedSlot(t.db, "flaky", first, async () => {
      throw new Error("source feed unreachable");
    });
    expect(failed.ok).toBe(false);
    expect(await claimSlot(t.db, "flaky", second, "x", new Date())).toBe(true);
    await runClaimedSlot(t.db, "flaky", second, async () => ({ done: 3 }));
    const runs = await t.db.jobRun.findMany({ where: { job: "flaky" }, orderBy: { slot: "asc" } });
    expect(runs.map((r) => r.outcome)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(runs[0]?.error).toContain("source feed unreachable");
    expect(JSON.parse(runs[1]?.counts ?? "{}")).toEqual({ done: 3 });
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);
  });
});
