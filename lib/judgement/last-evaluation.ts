import type { Db } from "../db-client";

/**
 * When the last successful evaluation (of either kind) started: changes after
 * that moment are what the next minute's run must look at. Null: never ran.
 */
export async function lastEvaluationStart(db: Db, exceptRunId: string): Promise<Date | null> {
  const run = await db.jobRun.findFirst({
    where: { job: { in: ["evaluate", "evaluate-daily"] }, outcome: "SUCCEEDED", id: { not: exceptRunId } },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  return run?.startedAt ?? null;
}
