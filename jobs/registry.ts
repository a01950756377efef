// Every scheduled job, in one list: the scheduler schedules them all and
// `npm run job -- <name>` runs any one of them once.
import type { Db } from "../lib/db-client";
import type { JobCounts } from "../lib/jobs/record-run";
import { purgeSessionsJob } from "./purge-sessions";

export type JobDefinition = {
  name: string;
  description: string;
  cron: string; // UTC
  run: (args: { db: Db; now: Date }) => Promise<JobCounts>;
};

export const JOBS: JobDefinition[] = [purgeSessionsJob];

export function findJob(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
