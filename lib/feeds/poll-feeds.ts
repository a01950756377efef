// The poll-feeds job's work: every feed that is due is fetched (conditional
// GET, bounded), parsed and its new items stored. A feed that fails is marked
// FAILING with its error and tried again later, after a longer wait; the
// other feeds go on as if nothing happened (docs/decisions/0061).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { sleep } from "../db/retry-policy";
import { fetchFeed, FeedFetchError } from "./fetch-feed";
import { DEFAULT_POLL_OPTIONS, nextPollDelayMinutes, type PollOptions } from "./limits";
import { parseFeed } from "./parse-feed";
import { storeFeedItems } from "./store-items";

type DueFeed = { id: string; url: string; pollMinutes: number; etag: string | null; lastModified: string | null; failures: number };
export type FeedOutcome = "stored" | "not-modified" | "failed";

const addMinutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

async function fetchWithRetries(feed: DueFeed, options: PollOptions) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchFeed(feed.url, feed, options);
    } catch (error) {
      const again = error instanceof FeedFetchError && error.transient && attempt < options.attempts;
      if (!again) throw error;
      await sleep(options.firstRetryDelayMs * 3 ** (attempt - 1));
    }
  }
}

export async function pollFeed(db: Db, feed: DueFeed, now: Date, options: PollOptions): Promise<{ outcome: FeedOutcome; stored: number }> {
  try {
    const result = await fetchWithRetries(feed, options);
    let stored = 0;
    const validators: { etag?: string | null; lastModified?: string | null } = {};
    if (result.kind === "body") {
      stored = await storeFeedItems(db, feed.id, parseFeed(result.body), now);
      validators.etag = result.etag;
      validators.lastModified = result.lastModified;
    }
    await db.feed.update({
      where: { id: feed.id },
      data: { ...validators, status: "OK", lastError: null, failures: 0, lastPolledAt: now, nextPollAt: addMinutes(now, feed.pollMinutes) },
    });
    return { outcome: result.kind === "body" ? "stored" : "not-modified", stored };
  } catch (error) {
    const failures = feed.failures + 1;
    await db.feed.update({
      where: { id: feed.id },
      data: {
        status: "FAILING",
        lastError: describe(error),
        failures,
        lastPolledAt: now,
        nextPollAt: addMinutes(now, nextPollDelayMinutes(feed.pollMinutes, failures)),
      },
    });
    return { outcome: "failed", stored: 0 };
  }
}

export async function pollDueFeeds(db: Db, now: Date, options: PollOptions = DEFAULT_POLL_OPTIONS) {
  const due: DueFeed[] = await db.feed.findMany({
    where: { deletedAt: null, OR: [{ nextPollAt: null }, { nextPollAt: { lte: now } }] },
    orderBy: [{ nextPollAt: "asc" }, { id: "asc" }],
    take: options.batch,
    select: { id: true, url: true, pollMinutes: true, etag: true, lastModified: true, failures: true },
  });
  const counts = { feeds: due.length, stored: 0, notModified: 0, failed: 0, newItems: 0 };
  let next = 0;
  // A few at a time: one slow outlet holds one lane, not the run.
  const lane = async () => {
    while (next < due.length) {
      const feed = due[next++]!;
      const { outcome, stored } = await pollFeed(db, feed, now, options);
      if (outcome === "stored") counts.stored++;
      else if (outcome === "not-modified") counts.notModified++;
      else counts.failed++;
      counts.newItems += stored;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  return counts;
}

/** An admin's "poll now": one feed, at once, whatever its interval. */
export async function pollFeedNow(db: Db, actor: Actor | null, id: string, now: Date, options: PollOptions = DEFAULT_POLL_OPTIONS) {
  requireAbility(actor, "manage:feeds");
  const feed = await db.feed.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, url: true, pollMinutes: true, etag: true, lastModified: true, failures: true },
  });
  if (!feed) throw new AppError("NOT_FOUND", "feeds.errors.notFound");
  return pollFeed(db, feed, now, options);
}
