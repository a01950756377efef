// Scheduler health (issue 15, docs/decisions/0070) with real scheduler
// processes on SQLite and PostgreSQL: a scheduler killed mid-run leaves a run
// that is marked ABANDONED once its lease runs out and retried once by the next
// process; two schedulers never run one job at the same time.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sweepAbandoned } from "../../lib/jobs/sweep-abandoned";
import { takeJobLease } from "../../lib/jobs/job-lease";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const JOB = "lease-test-job";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Child = { process: ChildProcess; lines: string[] };

function startChild(mode: "hang" | "next" | "busy", url: string, instance: string): Child {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/scheduler-child.ts", mode, url, instance], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  // Whole lines only: a chunk may end in the middle of one.
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  return { process: child, lines };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.process.once("exit", () => resolve());
    child.process.kill(signal);
  });
}

describe.each(DATABASE_KINDS)("scheduler leases on $kind", ({ create }) => {
  let t: TestDatabase;
  const children: Child[] = [];
  beforeAll(async () => {
    t = await create();
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((c) => stop(c, "SIGKILL")));
    await t.db.jobRun.deleteMany({});
    await t.db.jobLease.deleteMany({});
  });
  afterAll(async () => t?.drop());

  it("a run whose scheduler is killed is marked abandoned after its lease, and the next process retries it once", { timeout: 60_000 }, async () => {
    const hung = startChild("hang", t.url, "doomed");
    children.push(hung);
    const started = await until("the first run to start", async () => hung.lines.find((l) => l.startsWith("START doomed")));
    const runId = started.split(" ")[2]!;
    await stop(hung, "SIGKILL");

    // Right after the kill the lease is still live: nobody may call it dead yet.
    expect(await sweepAbandoned(t.db, "early-sweeper", new Date(), 1500)).toEqual([]);
    expect((await t.db.jobRun.findUniqueOrThrow({ where: { id: runId } })).outcome).toBe("RUNNING");

    const next = startChild("next", t.url, "next");
    children.push(next);
    const retried = await until("the retry to succeed", () => t.db.jobRun.findFirst({ where: { job: JOB, attempt: 2, outcome: "SUCCEEDED" } }));
    const abandoned = await t.db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(abandoned).toMatchObject({ outcome: "ABANDONED", instance: "doomed", attempt: 1 });
    expect(abandoned.error).toMatch(/^abandoned: doomed stopped renewing its lease/);
    expect(abandoned.finishedAt!.getTime()).toBeGreaterThanOrEqual(abandoned.leaseUntil!.getTime());
    expect(retried).toMatchObject({ slot: abandoned.slot, instance: "next", counts: JSON.stringify({ done: 1 }) });
    // The child prints END after its commit; the line can reach this process after the row does.
    await until("the retry's END line", async () => next.lines.some((l) => l.startsWith("END next")));
    expect(next.lines.filter((l) => l.startsWith("END next"))).toHaveLength(1);

    // Once only: a retry that is itself abandoned is marked, not retried again.
    await sleep(800);
    await t.db.jobRun.update({ where: { id: retried.id }, data: { outcome: "RUNNING", leaseUntil: new Date(Date.now() - 1000) } });
    await until("the abandoned retry to be marked", async () => (await t.db.jobRun.findUniqueOrThrow({ where: { id: retried.id } })).outcome === "ABANDONED");
    await sleep(600);
    expect(await t.db.jobRun.count({ where: { slot: abandoned.slot } })).toBe(2);
  });

  it("two schedulers never run one job at the same time", { timeout: 90_000 }, async () => {
    const a = startChild("busy", t.url, "a");
    const b = startChild("busy", t.url, "b");
    children.push(a, b);
    // Until each process has run the job and met it busy at least once.
    const ended = () => [...a.lines, ...b.lines].filter((l) => l.startsWith("END")).length;
    await until(
      "both schedulers to run and to meet the job busy",
      async () =>
        ended() >= 4 &&
        (await t.db.jobRun.count({ where: { job: JOB, outcome: "SKIPPED" } })) > 0 &&
        new Set((await t.db.jobRun.findMany({ where: { job: JOB, outcome: "SUCCEEDED" } })).map((r) => r.instance)).size === 2,
      60_000,
    );
    await Promise.all([stop(a, "SIGTERM"), stop(b, "SIGTERM")]);

    const intervals: { who: string; start: number; end: number }[] = [];
    for (const child of [a, b]) {
      const starts = new Map(child.lines.filter((l) => l.startsWith("START")).map((l) => [l.split(" ")[2]!, Number(l.split(" ")[3])]));
      for (const line of child.lines.filter((l) => l.startsWith("END"))) {
        const [, who, run, at] = line.split(" ");
        intervals.push({ who: who!, start: starts.get(run!)!, end: Number(at) });
      }
    }
    intervals.sort((x, y) => x.start - y.start);
    expect(intervals.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!.start).toBeGreaterThanOrEqual(intervals[i - 1]!.end);
    // Both processes tried: the slots that met a busy job were recorded as skipped, not run beside it.
    const runs = await t.db.jobRun.findMany({ where: { job: JOB } });
    expect(new Set(runs.filter((r) => r.outcome === "SUCCEEDED").map((r) => r.instance))).toEqual(new Set(["a", "b"]));
    expect(runs.some((r) => r.outcome === "SKIPPED")).toBe(true);
  });

  it("takes a job's lease in one statement: of many asking at once, exactly one gets it", async () => {
    const now = new Date();
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => takeJobLease(t.db, "contended", `holder-${i}`, now, 60_000)));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    // An expired lease is taken over; a live one is not.
    expect(await takeJobLease(t.db, "contended", "late", new Date(now.getTime() + 30_000), 60_000)).toBe(false);
    expect(await takeJobLease(t.db, "contended", "late", new Date(now.getTime() + 61_000), 60_000)).toBe(true);
  });
});
