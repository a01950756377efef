// What admins see of the scheduler (issue 15): each job's schedule and its
// latest runs with outcome, duration, counts and error; and "run now", which
// leaves a REQUESTED run for the first scheduler sweep to take
// (./sweep-abandoned.ts), so the web server never runs jobs itself.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";

export type JobInfo = { name: string; cron: string | null; description: string };

export const RUNS_SHOWN = 8;

function parseCounts(raw: string | null): Record<string, number> | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, number>) : null;
  } catch {
    return null;
  }
}

export async function listJobHealth(db: Db, actor: Actor | null, jobs: readonly JobInfo[]) {
  requireAbility(actor, "manage:users");
  return Promise.all(
    jobs.map(async (job) => {
      const runs = await db.jobRun.findMany({
        where: { job: job.name },
        orderBy: [{ startedAt: "desc" }, { attempt: "desc" }],
        take: RUNS_SHOWN,
        select: { id: true, slot: true, instance: true, startedAt: true, finishedAt: true, outcome: true, counts: true, error: true, attempt: true },
      });
      return {
        ...job,
        runs: runs.map((r) => ({
          ...r,
          counts: parseCounts(r.counts),
          durationMs: r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
        })),
      };
    }),
  );
}

export async function requestRunNow(db: Db, actor: Actor | null, jobName: string, jobs: readonly JobInfo[], now: Date): Promise<void> {
  const admin = requireAbility(actor, "manage:users");
  if (!jobs.some((j) => j.name === jobName)) throw new AppError("NOT_FOUND", "jobs.errors.unknownJob");
  await db.$transaction(async (tx) => {
    const waiting = await tx.jobRun.count({ where: { job: jobName, outcome: { in: ["REQUESTED"] } } });
    if (waiting > 0) throw new AppError("CONFLICT", "jobs.errors.alreadyRequested");
    const run = await tx.jobRun.create({ data: { job: jobName, slot: now, instance: `requested-by:${admin.userId}`, startedAt: now, outcome: "REQUESTED" } });
    await recordAudit(tx, {
      userId: admin.userId,
      action: "job.run-now",
      entityType: "JobRun",
      entityId: run.id,
      changes: { after: { job: jobName, slot: now.toISOString() } },
    });
  });
}
