// One expectation over time: its daily net score and status (the series the
// live runs keep, or the replay "as known then"), the thresholds, each status
// change on the day it took effect, and the developments behind the steps.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { judgedAsOf, type AsOfView } from "../judgement/judged-as-of";
import { bestGrade, dateOf, endOfDay, linkWeight, round2, type Stance } from "../judgement/rule";

const STEP_LIMIT = 300;

export async function expectationSeries(db: Db, actor: Actor | null, id: string, view: AsOfView) {
  requireAbility(actor, "read");
  const asOf = new Date(endOfDay(view.day));
  const live = { deletedAt: null, development: { deletedAt: null, occurredOn: { lte: asOf }, ...(view.knownThen ? { createdAt: { lte: asOf } } : {}) } };
  const e = await db.expectation.findUnique({
    where: { id },
    select: {
      id: true,
      statement: true,
      statementKo: true,
      confirmThreshold: true,
      contradictThreshold: true,
      _count: { select: { evidenceLinks: { where: live } } },
      // The newest steps only: an expectation with thousands of links would otherwise render them all.
      evidenceLinks: {
        where: live,
        orderBy: { development: { occurredOn: "desc" } },
        take: STEP_LIMIT,
        select: {
          id: true,
          stance: true,
          decisive: true,
          development: {
            select: { id: true, title: true, occurredOn: true, sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } } },
          },
        },
      },
    },
  });
  if (!e) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const judged = await judgedAsOf(db, actor, view, { series: true, seriesDays: 100_000 });
  const steps = [...e.evidenceLinks].reverse().map((l) => {
    const grade = bestGrade(l.development.sources);
    const weight = linkWeight({ stance: l.stance, decisive: l.decisive, grade });
    return {
      linkId: l.id,
      developmentId: l.development.id,
      title: l.development.title,
      day: l.development.occurredOn.toISOString().slice(0, 10),
      stance: l.stance,
      decisive: l.decisive,
      weight: round2(weight),
    };
  });
  return {
    ...e,
    points: judged.series.get(id) ?? [],
    changes: judged.history.filter((h) => h.expectationId === id).map((h) => ({ day: h.validFrom.toISOString().slice(0, 10), from: h.from, to: h.to })),
    steps,
    totalSteps: e._count.evidenceLinks,
    asOf: dateOf(view.day),
  };
}
