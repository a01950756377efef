// evaluate: every minute, re-judges the expectations whose evidence changed
// since the last evaluation (and what depends on them); evaluate-daily: every
// expectation, with the day's score snapshot for each (the charts' series).
import { lastEvaluationStart } from "../lib/judgement/last-evaluation";
import { runEvaluation } from "../lib/judgement/run-evaluation";
import type { JobDefinition } from "./registry";

export const evaluateJob: JobDefinition = {
  name: "evaluate",
  description: "Re-judges expectations whose evidence changed since the last evaluation.",
  cron: "* * * * *",
  run: async ({ db, now, runId }) => {
    const since = await lastEvaluationStart(db, runId);
    return runEvaluation(db, { now, jobName: "evaluate", jobRunId: runId, since: since ?? undefined });
  },
};

export const evaluateDailyJob: JobDefinition = {
  name: "evaluate-daily",
  description: "Judges every expectation and records the day's score snapshots.",
  cron: "5 0 * * *", // 00:05 UTC
  run: ({ db, now, runId }) => runEvaluation(db, { now, jobName: "evaluate-daily", jobRunId: runId, snapshotAll: true }),
};
