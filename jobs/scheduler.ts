// The scheduler process: `npm run scheduler`, or started beside the web server
// by `npm start`. Schedules every job in UTC with node-cron; each slot is
// claimed in JobRun first, so several schedulers on one database run it once,
// and each run holds its job's lease, so one job never runs twice at once
// (docs/decisions/0006, 0070). Every sweep, runs whose process died are marked
// abandoned and retried once, and "run now" requests from the Jobs page run.
import cron from "node-cron";
import { createDb, type Db } from "../lib/db-client";
import { databaseSettings } from "../lib/settings/database";
import { jobSettings } from "../lib/settings/jobs";
import { jobRunCoordinator } from "../lib/jobs/job-run-coordinator";
import { DEFAULT_LEASE_MS, runSlotUnderLease } from "../lib/jobs/run-slot";
import { sweepAbandoned, takeRequestedRuns, type RetryRun } from "../lib/jobs/sweep-abandoned";
import { SCHEDULER_PREFIX, beat } from "../lib/liveness/heartbeat";
import { isLive } from "./job-definition";
import { JOBS, type JobDefinition } from "./registry";

// The scheduler's heartbeat, read by /api/health: proof it runs and can write.
const HEARTBEAT_MS = 30_000;

type Options = { databaseUrl: string; instance: string; jobs?: JobDefinition[]; quiet?: boolean; leaseMs?: number; sweepMs?: number };

function runOne(db: Db, jobs: JobDefinition[], run: RetryRun, leaseMs: number, log: (line: string) => void) {
  const job = jobs.find((j) => j.name === run.job);
  if (!job) return Promise.resolve();
  const live = isLive(run.slot, new Date());
  return runSlotUnderLease(db, run, (runId) => job.run({ db, jobName: job.name, now: run.slot, runId, live }), { leaseMs }).then((r) =>
    log(
      `[scheduler] ${job.name} ${run.slot.toISOString()} attempt ${run.attempt} ${r.ok ? JSON.stringify(r.counts) : r.skipped ? "SKIPPED" : `FAILED ${r.error}`}`,
    ),
  );
}

export function startScheduler(options: Options) {
  const db = createDb(options.databaseUrl);
  const jobs = options.jobs ?? JOBS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const log = (line: string) => (options.quiet ? undefined : console.log(line));
  // Runs still going when stop() is called finish (or fail) before the pool
  // closes: closing it under them left a query waiting for ever on PostgreSQL.
  const running = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    void work.finally(() => running.delete(work)).catch(() => undefined);
    return work;
  };
  const heartbeat = () => beat(db, `${SCHEDULER_PREFIX}${options.instance}`, new Date()).catch((error) => console.error("[scheduler] heartbeat failed", error));
  void heartbeat();
  const heartbeatTimer = setInterval(heartbeat, HEARTBEAT_MS);
  const sweep = async () => {
    const now = new Date();
    const runs = [...(await sweepAbandoned(db, options.instance, now, leaseMs)), ...(await takeRequestedRuns(db, options.instance, now, leaseMs))];
    for (const run of runs) void track(runOne(db, jobs, run, leaseMs, log)).catch((error) => console.error("[scheduler] run failed", error));
  };
  const sweepTimer = setInterval(() => void sweep().catch((error) => console.error("[scheduler] sweep failed", error)), options.sweepMs ?? HEARTBEAT_MS);
  void sweep().catch((error) => console.error("[scheduler] sweep failed", error));
  const coordinator = jobRunCoordinator(db, options.instance, undefined, leaseMs);
  const scheduled = jobs.filter((job): job is JobDefinition & { cron: string } => job.cron !== null);
  const tasks = scheduled.map((job) =>
    cron.schedule(
      job.cron,
      async ({ date }) => {
        // A slot node-cron fires is the present: live. The coordinator has claimed attempt 1.
        const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot_attempt: { job: job.name, slot: date, attempt: 1 } }, select: { id: true } });
        const result = await track(
          runSlotUnderLease(
            db,
            { id: run.id, job: job.name, slot: date, attempt: 1 },
            (runId) => job.run({ db, jobName: job.name, now: date, runId, live: true }),
            { leaseMs },
          ),
        );
        const summary = result.ok ? JSON.stringify(result.counts) : result.skipped ? "SKIPPED (job busy elsewhere)" : `FAILED ${result.error}`;
        log(`[scheduler] ${job.name} ${date.toISOString()} ${summary}`);
      },
      { name: job.name, timezone: "Etc/UTC", noOverlap: true, distributed: true, runCoordinator: coordinator },
    ),
  );
  return {
    db,
    tasks,
    async stop() {
      clearInterval(heartbeatTimer);
      clearInterval(sweepTimer);
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running]);
      await db.$disconnect();
    },
  };
}

if (process.argv[1] && /scheduler\.(ts|js)$/.test(process.argv[1])) {
  const { DATABASE_URL } = databaseSettings();
  const { SCHEDULER_INSTANCE } = jobSettings();
  const scheduler = startScheduler({ databaseUrl: DATABASE_URL, instance: SCHEDULER_INSTANCE });
  console.log(
    `[scheduler] ${SCHEDULER_INSTANCE} running ${JOBS.filter((j) => j.cron)
      .map((j) => `${j.name} (${j.cron})`)
      .join(", ")}`,
  );
  const stop = async (signal: string) => {
    console.log(`[scheduler] ${signal}: stopping`);
    await scheduler.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
