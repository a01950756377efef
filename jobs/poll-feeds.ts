// poll-feeds: every five minutes, fetches the feeds that are due (each has its
// own interval) and stores their new items for the triage inbox.
import { pollDueFeeds } from "../lib/feeds/poll-feeds";
import type { JobDefinition } from "./job-definition";

export const pollFeedsJob: JobDefinition = {
  name: "poll-feeds",
  description: "Fetches the news feeds that are due and stores their new items once.",
  cron: "*/5 * * * *",
  run: ({ db, now, live }) => (live ? pollDueFeeds(db, now) : Promise.resolve({ feeds: 0 })),
};
