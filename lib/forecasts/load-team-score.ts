// The team's scorecard as of a day (docs/decisions/0096): the forecasts on
// record by the end of that day, scored against what the day's judgement says
// resolved, and when.
import type { Db } from "../db-client";
import type { HistoryEntry } from "../judgement/judged-as-of";
import { endOfDay, type Day } from "../judgement/rule";
import type { Scorable } from "../judgement/score-panel";
import { scoreTeam } from "./score-team";

/** The valid day of each expectation's latest change into the status it now has. */
export function resolutionDays(items: Scorable[], history: HistoryEntry[]): Map<string, Date> {
  const status = new Map(items.map((i) => [i.id, i.status]));
  const out = new Map<string, Date>();
  for (const h of history) if (status.get(h.expectationId) === h.to) out.set(h.expectationId, h.validFrom);
  return out;
}

export async function loadTeamScore(db: Db, items: Scorable[], history: HistoryEntry[], day: Day) {
  const end = new Date(endOfDay(day));
  const rows = await db.teamForecast.findMany({
    where: { recordedAt: { lte: end }, OR: [{ deletedAt: null }, { deletedAt: { gt: end } }] },
    select: { expectationId: true, userId: true, probability: true, madeOn: true, recordedAt: true },
  });
  return scoreTeam(
    items,
    rows.map((r) => ({ ...r, deletedAt: null })),
    resolutionDays(items, history),
  );
}
