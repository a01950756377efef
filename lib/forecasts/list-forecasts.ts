// The team's forecasts on one expectation, newest first, and the team's
// probability now (each analyst's latest, averaged: docs/decisions/0096).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { teamProbability } from "./score-team";

export async function listForecasts(db: Db, actor: Actor | null, expectationId: string) {
  requireAbility(actor, "read");
  const rows = await db.teamForecast.findMany({
    where: { expectationId, deletedAt: null },
    orderBy: [{ madeOn: "desc" }, { recordedAt: "desc" }],
    select: { id: true, userId: true, probability: true, madeOn: true, reason: true, recordedAt: true, user: { select: { name: true } } },
    take: 500,
  });
  const team = teamProbability(
    rows.map((r) => ({ ...r, expectationId, deletedAt: null })),
    null,
  );
  const latest = new Set<string>();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    latest.add(r.id);
  }
  return {
    team,
    forecasts: rows.map((r) => ({
      id: r.id,
      userId: r.userId,
      author: r.user.name,
      probability: r.probability,
      madeOn: r.madeOn,
      reason: r.reason,
      recordedAt: r.recordedAt,
      latest: latest.has(r.id),
    })),
  };
}
