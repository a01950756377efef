// A real scheduler process for tests/db/scheduler-lease.test.ts, started with
// `node --import tsx`. Its one job prints START/END lines with the wall clock,
// so the test can see when work ran in which process.
//   hang <url> <instance>: the job runs every second and never finishes (the test kills it)
//   next <url> <instance>: the job is not scheduled; the process only sweeps and retries
//   busy <url> <instance>: the job runs every second and takes 1.5 s
import { startScheduler } from "../../jobs/scheduler";
import type { JobDefinition } from "../../jobs/registry";

const [mode, databaseUrl, instance] = process.argv.slice(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const job: JobDefinition = {
  name: "lease-test-job",
  description: "test job",
  cron: mode === "next" ? null : "* * * * * *",
  run: async ({ runId }) => {
    console.log(`START ${instance} ${runId} ${Date.now()}`);
    if (mode === "hang") await new Promise(() => undefined);
    await sleep(mode === "busy" ? 1500 : 200);
    console.log(`END ${instance} ${runId} ${Date.now()}`);
    return { done: 1 };
  },
};

const scheduler = startScheduler({ databaseUrl: databaseUrl!, instance: instance!, jobs: [job], quiet: true, leaseMs: 1500, sweepMs: 250 });
process.on("SIGTERM", () => void scheduler.stop().then(() => process.exit(0)));
