// Runs one job once, for operators and tests:
//   npm run job -- <name> [--now 2025-12-31T00:00:00Z]
// The run is recorded in JobRun like a scheduled one, under the slot `now`.
import { parseArgs } from "node:util";
import { createDb } from "../lib/db-client";
import { databaseSettings } from "../lib/settings/database";
import { jobSettings } from "../lib/settings/jobs";
import { claimSlot } from "../lib/jobs/job-run-coordinator";
import { runClaimedSlot } from "../lib/jobs/record-run";
import { isLive } from "./job-definition";
import { JOBS, findJob } from "./registry";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { now: { type: "string" } } });
  const job = findJob(positionals[0] ?? "");
  if (!job) {
    console.error(`usage: npm run job -- <${JOBS.map((j) => j.name).join("|")}> [--now <ISO date>]`);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${values.now}" is not a date (use e.g. 2025-12-31 or 2025-12-31T06:00:00Z)`);
    return 2;
  }
  const { DATABASE_URL } = databaseSettings();
  const { SCHEDULER_INSTANCE } = jobSettings();
  const db = createDb(DATABASE_URL);
  try {
    if (!(await claimSlot(db, job.name, now, `cli:${SCHEDULER_INSTANCE}`, new Date()))) {
      console.error(`${job.name} has already run for ${now.toISOString()}`);
      return 1;
    }
    const live = isLive(now, new Date());
    if (!live) console.log(`${job.name}: ${now.toISOString()} is in the past: replay (daily series only; history and live status untouched)`);
    const result = await runClaimedSlot(db, job.name, now, (runId) => job.run({ db, jobName: job.name, now, runId, live }));
    console.log(result.ok ? `${job.name} ${now.toISOString()}: ${JSON.stringify(result.counts)}` : `${job.name} failed: ${result.error}`);
    return result.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
