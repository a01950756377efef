// How far a poll trusts an outlet's server (docs/decisions/0061): a slow or
// huge answer is a failure of that feed, never a stall of the job.
export type PollOptions = {
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs: number;
  /** Largest body read; a longer one is refused unread. */
  maxBytes: number;
  /** Tries per poll for a failure that may pass (network, timeout, 5xx). */
  attempts: number;
  /** Pause before the second try; each later pause is three times the one before. */
  firstRetryDelayMs: number;
  /** Feeds polled at once. */
  concurrency: number;
  /** Feeds per run, oldest due first; the rest wait for the next run. */
  batch: number;
};

export const DEFAULT_POLL_OPTIONS: PollOptions = {
  timeoutMs: 15_000,
  maxBytes: 2 * 1024 * 1024,
  attempts: 3,
  firstRetryDelayMs: 1_000,
  concurrency: 4,
  batch: 200,
};

/** A failing feed waits longer before each new try, up to a day. */
export function nextPollDelayMinutes(pollMinutes: number, failures: number): number {
  return Math.min(pollMinutes * 2 ** Math.min(failures, 10), 24 * 60);
}

export const FEED_TEXT_LIMITS = { title: 300, summary: 4000, link: 2000, guid: 500 } as const;
