// A team on PostgreSQL: two app instances' write paths and two schedulers,
// four processes on one database. Analysts save through both instances while
// both schedulers run the evaluate job every two seconds. Every save is there
// once, with its link; each (job, slot) ran once, whichever scheduler won it;
// and the incremental runs missed nothing: a full re-judgement afterwards
// finds nothing to change (docs/decisions/0050).
//
// The lighter path: the instances are processes calling the function the
// POST /api/developments handler calls (lib/developments/log-development.ts),
// not the built Next.js server, so the test runs without `npm run build`;
// HTTP and the server under load are covered by tests/durability/.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { createPostgresDatabase, type TestDatabase } from "../support/test-databases";

const run = promisify(execFile);
const SAVES = 25;

describe("two app instances and two schedulers on one PostgreSQL database", () => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await createPostgresDatabase();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("keeps every save once and runs each job slot once, and the incremental runs miss nothing", async () => {
    const expectations = (await t.db.expectation.findMany({ select: { id: true } })).map((e) => e.id).join(",");
    const processOf = (args: string[]) =>
      run(process.execPath, ["--import", "tsx", "tests/support/instance-process.ts", ...args], {
        env: { ...process.env, DATABASE_URL: t.url },
        maxBuffer: 1 << 20,
      });
    const schedulers = [processOf(["scheduler", "scheduler-a"]), processOf(["scheduler", "scheduler-b"])];
    // Saves start once the schedulers are running, so they land while evaluations run.
    while ((await t.db.jobRun.count()) === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    const writers = await Promise.all(["app-a", "app-b"].map((name) => processOf(["writer", name, String(SAVES), actors.analyst.userId, expectations])));
    // Let the schedulers run until one evaluation has begun after the last save and finished.
    const lastSave = (await t.db.development.aggregate({ _max: { createdAt: true } }))._max.createdAt!;
    for (let waited = 0; waited < 120 && !(await t.db.jobRun.count({ where: { slot: { gt: lastSave }, outcome: "SUCCEEDED" } })); waited++)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const s of schedulers) s.child.kill("SIGTERM");
    await Promise.all(schedulers);

    const ids = writers.flatMap((w) => JSON.parse(w.stdout.trim().split("\n").at(-1)!) as string[]);
    expect(ids).toHaveLength(2 * SAVES);
    const saved = await t.db.development.findMany({ select: { title: true, _count: { select: { evidenceLinks: true, sources: true } } } });
    const titles = saved.map((d) => d.title).sort();
    const wanted = ["app-a", "app-b"].flatMap((name) => Array.from({ length: SAVES }, (_, i) => `${name}-${i}`)).sort();
    expect(titles).toEqual(wanted); // each present once, nothing else
    expect(saved.every((d) => d._count.evidenceLinks === 1 && d._count.sources === 2)).toBe(true);

    const runs = await t.db.jobRun.findMany({ select: { job: true, slot: true, instance: true, outcome: true, error: true } });
    const perSlot = new Map<string, number>();
    for (const r of runs) perSlot.set(`${r.job}@${r.slot.toISOString()}`, (perSlot.get(`${r.job}@${r.slot.toISOString()}`) ?? 0) + 1);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect([...perSlot.values()].every((n) => n === 1)).toBe(true);
    // None failed; one the stop interrupted may be left RUNNING (the stop does not wait for it).
    expect(runs.filter((r) => r.outcome === "FAILED")).toEqual([]);
    expect(runs.some((r) => r.slot > lastSave)).toBe(true);

    // The last run of the schedulers saw every save: a full re-judgement now changes nothing.
    const last = runs.map((r) => r.slot).sort((a, b) => b.getTime() - a.getTime())[0]!;
    const full = await runEvaluation(t.db, { now: last, live: true, full: true, jobName: "evaluate" });
    expect(full).toMatchObject({ changed: 0, superseded: 0, snapshots: 0 });
  }, 400_000);
});
