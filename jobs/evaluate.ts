// evaluate: every minute, judges every expectation from everything logged so
// far and writes what differs (history in valid time, daily series, live
// status); an expectation whose result is unchanged costs no write.
// evaluate-daily: the same just after midnight UTC, so the series gains the
// new day even when nothing was logged. backfill-series: the daily series
// only, up to `now`, for a past day or today; never history or live status.
import { runEvaluation } from "../lib/judgement/run-evaluation";
import type { JobDefinition } from "./job-definition";

export const evaluateJob: JobDefinition = {
  name: "evaluate",
  description: "Judges every expectation and writes what changed, in valid time.",
  cron: "* * * * *",
  run: ({ db, jobName, now, runId, live }) => runEvaluation(db, { now, live, jobName, jobRunId: runId }),
};

export const evaluateDailyJob: JobDefinition = {
  name: "evaluate-daily",
  description: "Judges every expectation and extends the daily score series to the new day.",
  cron: "5 0 * * *", // 00:05 UTC
  run: ({ db, jobName, now, runId, live }) => runEvaluation(db, { now, live, jobName, jobRunId: runId }),
};

export const backfillSeriesJob: JobDefinition = {
  name: "backfill-series",
  description: "Fills the daily score series from the first evidence to --now (default today); writes nothing else.",
  cron: null,
  run: ({ db, jobName, now, runId }) => runEvaluation(db, { now, live: false, jobName, jobRunId: runId }),
};
