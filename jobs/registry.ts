// Every scheduled job, in one list: the scheduler schedules them all and
// `npm run job -- <name>` runs any one of them once.
import type { Db } from "../lib/db-client";
import type { JobCounts } from "../lib/jobs/record-run";
import { backupJob } from "./backup";
import { deadlinesStalenessJob } from "./deadlines-staleness";
import { evaluateDailyJob, evaluateJob } from "./evaluate";
import { purgeSessionsJob } from "./purge-sessions";

export type JobDefinition = {
  name: string;
  description: string;
  cron: string; // UTC
  run: (args: { db: Db; now: Date; runId: string }) => Promise<JobCounts>;
};

export const JOBS: JobDefinition[] = [evaluateJob, evaluateDailyJob, deadlinesStalenessJob, purgeSessionsJob, backupJob];

export function findJob(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
