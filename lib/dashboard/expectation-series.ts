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
  const e = await db.expectation.findUnique({
    where: { id },
    select: {
      id: true,
      statement: true,
      statementKo: true,
      confirmThreshold: true,
      contradictThreshold: true,
    },
  });
  if (!e) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  // The newest steps only, walking developments by date (Development(deletedAt, occurredOn, id))
  // and stopping after STEP_LIMIT: ordering the links by their development's date made the
  // database join and sort every link of the expectation (0.85 s at 25,000 links).
  const linked = { expectationId: id, deletedAt: null };
  const recent = await db.development.findMany({
    where: { deletedAt: null, occurredOn: { lte: asOf }, ...(view.knownThen ? { createdAt: { lte: asOf } } : {}), evidenceLinks: { some: linked } },
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    // One more than shown says whether there are more, without counting them all (a count joined every link: 0.3 s at 12,000).
    take: STEP_LIMIT + 1,
    select: {
      id: true,
      title: true,
      occurredOn: true,
      sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } },
      evidenceLinks: { where: linked, select: { id: true, stance: true, decisive: true } },
    },
  });
  const judged = await judgedAsOf(db, actor, view, { series: true, seriesDays: 100_000 });
  const steps = recent
    .slice(0, STEP_LIMIT)
    .flatMap((d) => d.evidenceLinks.map((l) => ({ ...l, development: d })))
    .reverse()
    .map((l) => {
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
    moreSteps: recent.length > STEP_LIMIT,
    asOf: dateOf(view.day),
  };
}
