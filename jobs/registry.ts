// Every scheduled job, in one list: the scheduler schedules them all and
// `npm run job -- <name>` runs any one of them once.
import { backupJob } from "./backup";
import { deadlinesStalenessJob } from "./deadlines-staleness";
import { deliverWebhooksJob } from "./deliver-webhooks";
import { backfillSeriesJob, evaluateDailyJob, evaluateJob } from "./evaluate";
import type { JobDefinition } from "./job-definition";
import { pollFeedsJob } from "./poll-feeds";
import { purgeSessionsJob } from "./purge-sessions";
import { sendDigestsJob } from "./send-digests";

export type { JobDefinition };

export const JOBS: JobDefinition[] = [
  evaluateJob,
  evaluateDailyJob,
  deadlinesStalenessJob,
  purgeSessionsJob,
  backfillSeriesJob,
  backupJob,
  pollFeedsJob,
  sendDigestsJob,
  deliverWebhooksJob,
];

export function findJob(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
