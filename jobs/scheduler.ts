// The scheduler process: `npm run scheduler`, or started beside the web server
// by `npm start`. Schedules every job in UTC with node-cron; each slot is
// claimed in JobRun first, so several schedulers on one database run it once.
import cron from "node-cron";
import { createDb } from "../lib/db-client";
import { databaseSettings } from "../lib/settings/database";
import { jobSettings } from "../lib/settings/jobs";
import { jobRunCoordinator } from "../lib/jobs/job-run-coordinator";
import { runClaimedSlot } from "../lib/jobs/record-run";
import { SCHEDULER_PREFIX, beat } from "../lib/liveness/heartbeat";
import { JOBS, type JobDefinition } from "./registry";

// The scheduler's heartbeat, read by /api/health: proof it runs and can write.
const HEARTBEAT_MS = 30_000;

export function startScheduler(options: { databaseUrl: string; instance: string; jobs?: JobDefinition[]; quiet?: boolean }) {
  const db = createDb(options.databaseUrl);
  const heartbeat = () => beat(db, `${SCHEDULER_PREFIX}${options.instance}`, new Date()).catch((error) => console.error("[scheduler] heartbeat failed", error));
  void heartbeat();
  const heartbeatTimer = setInterval(heartbeat, HEARTBEAT_MS);
  const coordinator = jobRunCoordinator(db, options.instance);
  const scheduled = (options.jobs ?? JOBS).filter((job): job is JobDefinition & { cron: string } => job.cron !== null);
  const tasks = scheduled.map((job) =>
    cron.schedule(
      job.cron,
      async ({ date }) => {
        // A slot node-cron fires is the present: live.
        const result = await runClaimedSlot(db, job.name, date, (runId) => job.run({ db, jobName: job.name, now: date, runId, live: true }));
        const summary = result.ok ? JSON.stringify(result.counts) : `FAILED ${result.error}`;
        if (!options.quiet) console.log(`[scheduler] ${job.name} ${date.toISOString()} ${summary}`);
      },
      { name: job.name, timezone: "Etc/UTC", noOverlap: true, distributed: true, runCoordinator: coordinator },
    ),
  );
  return {
    db,
    tasks,
    async stop() {
      clearInterval(heartbeatTimer);
      await Promise.all(tasks.map((task) => task.destroy()));
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
