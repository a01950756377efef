// The read API's scorecard: the panel's Brier scores, calibration and
// confident misses (lib/judgement/score-panel.ts) with every expectation's
// status as it stood on the as-of day — the dashboard's card, as data.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { judgedAsOf, stateOf } from "../judgement/judged-as-of";
import { dayOf } from "../judgement/rule";
import { scorePanel } from "../judgement/score-panel";
import type { ScorecardResponse } from "./schemas";

export async function scorecardAsOf(db: Db, actor: Actor | null, day: string): Promise<ScorecardResponse> {
  requireAbility(actor, "read");
  const [judged, rows] = await Promise.all([
    judgedAsOf(db, actor, { day: dayOf(new Date(`${day}T00:00:00Z`)), knownThen: false }),
    db.expectation.findMany({ select: { id: true, theme: true, panelShare: true, questionGroup: true } }),
  ]);
  const score = scorePanel(rows.map((r) => ({ ...r, status: stateOf(judged, r.id).status })));
  return { asOf: day, ...score };
}
