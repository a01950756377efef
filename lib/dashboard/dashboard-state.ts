// Every expectation as judged on the as-of day, the counts by status, what
// changed in the days before, the panel's scorecard and the team's beside it — all in valid time,
// read "as happened" or "as known then" (lib/judgement/judged-as-of.ts).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { themeOrder } from "../expectations/themes";
import { judgedAsOf, stateOf, type AsOfView, type JudgedAsOf } from "../judgement/judged-as-of";
import { STATUSES, type Status } from "../judgement/rule";
import { scorePanel } from "../judgement/score-panel";
import { loadTeamScore } from "../forecasts/load-team-score";

const expectationColumns = {
  id: true,
  key: true,
  surveyId: true,
  theme: true,
  position: true,
  statement: true,
  statementKo: true,
  answerLabel: true,
  answerLabelKo: true,
  panelShare: true,
  confirmThreshold: true,
  contradictThreshold: true,
  questionGroup: true,
  conditionId: true,
  deadline: true,
} as const;

/** One survey's expectations (issue 17); without a survey id, every survey's together. */
export async function dashboardState(db: Db, actor: Actor | null, view: AsOfView, scope: { surveyId?: string } = {}) {
  requireAbility(actor, "read");
  const where = scope.surveyId ? { surveyId: scope.surveyId } : {};
  const [judged, rows] = await Promise.all([judgedAsOf(db, actor, view, { series: true }), db.expectation.findMany({ where, select: expectationColumns })]);
  const expectations = rows
    .map((r) => ({ ...r, ...stateOf(judged, r.id), netScore: stateOf(judged, r.id).net }))
    .sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.position - b.position);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, expectations.filter((e) => e.status === s).length])) as Record<Status, number>;
  const team = await loadTeamScore(db, expectations, judged.history, view.day);
  return { expectations, counts, score: scorePanel(expectations), team, recent: recentChanges(judged, view), trends: judged.series };
}

/** Status changes that took effect in the 7 and 30 days up to the as-of day, newest first. */
function recentChanges(j: JudgedAsOf, view: AsOfView) {
  const inLast = (days: number) => j.history.filter((h) => h.validFrom.getTime() > (view.day - days + 1) * 864e5 - 1);
  const month = inLast(30);
  return { week: inLast(7).length, month: month.length, latest: [...month].reverse().slice(0, 20) };
}
