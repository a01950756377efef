// What a job is, apart from the list of jobs (registry.ts imports the jobs;
// the jobs import only this), so there is no import circle.
import type { Db } from "../lib/db-client";
import type { JobCounts } from "../lib/jobs/record-run";

export type JobArgs = {
  db: Db;
  /** The job's own name (JobDefinition.name), which its writes record. */
  jobName: string;
  /** The slot the run is for. */
  now: Date;
  runId: string;
  /**
   * True when `now` is the present (a scheduled slot, or a command run for
   * now); false for a command run about a past day, which must not write
   * live state (docs/decisions/0040).
   */
  live: boolean;
};

export type JobDefinition = {
  name: string;
  description: string;
  /** UTC cron expression; null: run only from the command line. */
  cron: string | null;
  run: (args: JobArgs) => Promise<JobCounts>;
};

/** A run is about the present when its slot is within the hour before the wall clock (or later). */
export const LIVE_WINDOW_MS = 60 * 60 * 1000;
export function isLive(slot: Date, wallClock: Date): boolean {
  return slot.getTime() >= wallClock.getTime() - LIVE_WINDOW_MS;
}
