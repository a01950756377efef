// The Jobs page's reads and "run now" (issue 15) on SQLite and PostgreSQL:
// admins only, a request waits as REQUESTED with its audit row, one scheduler
// sweep takes it, and a second request while one waits is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listJobHealth, requestRunNow } from "../../lib/jobs/job-health";
import { takeRequestedRuns } from "../../lib/jobs/sweep-abandoned";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const JOBS = [
  { name: "tidy", cron: "0 * * * *", description: "hourly" },
  { name: "replay", cron: null, description: "by hand" },
];

describe.each(DATABASE_KINDS)("job health on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await create();
    actors = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it("shows each job's latest runs with outcome, duration, counts and error; admins only", async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 1, 10, 0, s));
    await t.db.jobRun.createMany({
      data: [
        { job: "tidy", slot: at(0), instance: "s1", startedAt: at(0), finishedAt: at(2), outcome: "SUCCEEDED", counts: '{"sessions":3}' },
        { job: "tidy", slot: at(10), instance: "s1", startedAt: at(10), finishedAt: at(11), outcome: "FAILED", error: "Error: disk full" },
      ],
    });
    await expect(listJobHealth(t.db, actors.analyst, JOBS)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [tidy, replay] = await listJobHealth(t.db, actors.admin, JOBS);
    expect(tidy!.runs.map((r) => [r.outcome, r.durationMs, r.counts, r.error])).toEqual([
      ["FAILED", 1000, null, "Error: disk full"],
      ["SUCCEEDED", 2000, { sessions: 3 }, null],
    ]);
    expect(replay!.runs).toEqual([]);
  });

  it("run now leaves one request that exactly one scheduler takes", async () => {
    const now = new Date();
    await expect(requestRunNow(t.db, actors.analyst, "tidy", JOBS, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestRunNow(t.db, actors.admin, "nope", JOBS, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await requestRunNow(t.db, actors.admin, "replay", JOBS, now);
    await expect(requestRunNow(t.db, actors.admin, "replay", JOBS, new Date(now.getTime() + 1))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.auditLog.count({ where: { action: "job.run-now", userId: actors.admin.userId } })).toBe(1);

    const [a, b] = await Promise.all([takeRequestedRuns(t.db, "a", new Date(), 60_000), takeRequestedRuns(t.db, "b", new Date(), 60_000)]);
    expect([...a!, ...b!].map((r) => r.job)).toEqual(["replay"]);
    const run = await t.db.jobRun.findFirstOrThrow({ where: { job: "replay" } });
    expect(run.outcome).toBe("RUNNING");
    expect(run.leaseUntil).not.toBeNull();
  });
});
