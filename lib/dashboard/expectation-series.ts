// One expectation over time: its daily net score (snapshots), the thresholds,
// each status change, and the developments behind the steps.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { bestSourceFactor, round2, stanceValue } from "../judgement/weights";

const STEP_LIMIT = 300;

export async function expectationSeries(db: Db, actor: Actor | null, id: string, asOf: Date) {
  requireAbility(actor, "read");
  const e = await db.expectation.findUnique({
    where: { id },
    select: {
      id: true, statement: true, statementKo: true, confirmThreshold: true, contradictThreshold: true,
      scoreSnapshots: { where: { day: { lte: asOf } }, orderBy: { day: "asc" }, select: { day: true, netScore: true, status: true } },
      statusChanges: { where: { changedAt: { lte: asOf } }, orderBy: { changedAt: "asc" }, select: { changedAt: true, fromStatus: true, toStatus: true } },
      _count: { select: { evidenceLinks: { where: { deletedAt: null, development: { deletedAt: null, occurredOn: { lte: asOf } } } } } },
      // The newest steps only: an expectation with thousands of links would
      // otherwise render them all (bench/dashboard.ts).
      evidenceLinks: {
        where: { deletedAt: null, development: { deletedAt: null, occurredOn: { lte: asOf } } },
        orderBy: { development: { occurredOn: "desc" } },
        take: STEP_LIMIT,
        select: { id: true, stance: true, development: { select: { id: true, title: true, occurredOn: true, sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } } } } },
      },
    },
  });
  if (!e) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const steps = [...e.evidenceLinks].reverse().map((l) => ({
    linkId: l.id, developmentId: l.development.id, title: l.development.title, day: l.development.occurredOn.toISOString().slice(0, 10),
    stance: l.stance, weight: round2(stanceValue(l.stance) * bestSourceFactor(l.development.sources)),
  }));
  // Before the first daily snapshot (a new instance, or evidence logged for
  // the past), draw the score the evidence adds up to at each step instead.
  const fromSnapshots = e.scoreSnapshots.map((s) => ({ day: s.day.toISOString().slice(0, 10), net: s.netScore, status: s.status }));
  let running = 0;
  // Only when every step is here: a running sum over the newest 300 would start wrong.
  const complete = e._count.evidenceLinks <= steps.length;
  const fromSteps = complete ? steps.map((s) => ({ day: s.day, net: round2((running += s.weight)), status: null })) : [];
  return {
    ...e,
    source: fromSnapshots.length ? ("snapshots" as const) : ("evidence" as const),
    points: fromSnapshots.length ? fromSnapshots : fromSteps,
    changes: e.statusChanges.map((c) => ({ day: c.changedAt.toISOString().slice(0, 10), from: c.fromStatus, to: c.toStatus })),
    steps,
    totalSteps: e._count.evidenceLinks,
  };
}
