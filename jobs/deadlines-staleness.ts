// deadlines-staleness: hourly, judges every expectation as of now (deadline
// rules apply once coverage reaches them; only changes are written) and flags
// what went stale.
import { jobSettings } from "../lib/settings/jobs";
import { flagStaleness } from "../lib/judgement/flag-staleness";
import { runEvaluation } from "../lib/judgement/run-evaluation";
import type { JobDefinition } from "./job-definition";

export const deadlinesStalenessJob: JobDefinition = {
  name: "deadlines-staleness",
  description: "Applies deadline rules and flags stale expectations and unlinked developments.",
  cron: "30 * * * *",
  run: async ({ db, jobName, now, runId, live }) => {
    const judged = await runEvaluation(db, { now, live, jobName, jobRunId: runId });
    const { STALE_AFTER_DAYS, UNLINKED_AFTER_DAYS } = jobSettings();
    const flagged = await flagStaleness(db, { now, staleDays: STALE_AFTER_DAYS, unlinkedDays: UNLINKED_AFTER_DAYS, jobRunId: runId });
    return { ...judged, ...flagged };
  },
};
