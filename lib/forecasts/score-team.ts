// The team's forecasts scored beside the panel's (docs/decisions/0096). Pure.
// - Which forecasts count: per analyst, the latest live forecast (by day
//   made, then by time recorded) both made and recorded before the day the
//   expectation resolved. The team's probability is their mean; n is the
//   number of analysts behind it.
// - A question is scored for the team when every listed answer has a team
//   probability, with the panel's formula (lib/judgement/score-panel.ts),
//   and the panel is scored on those same questions, so the two Briers are
//   read over the same n.
import { MIN_QUESTIONS, questionsOf, resolveQuestion, type Scorable } from "../judgement/score-panel";

export type ForecastRow = { expectationId: string; userId: string; probability: number; madeOn: Date; recordedAt: Date; deletedAt: Date | null };

const r4 = (v: number) => Math.round(v * 10000) / 10000;

/** The team's probability (0..1) from the forecasts that count before `before` (a day's start), or null. */
export function teamProbability(rows: ForecastRow[], before: Date | null): { probability: number; forecasters: number } | null {
  const latest = new Map<string, ForecastRow>();
  for (const f of rows) {
    if (f.deletedAt) continue;
    if (before && (f.madeOn >= before || f.recordedAt >= before)) continue;
    const had = latest.get(f.userId);
    if (!had || f.madeOn > had.madeOn || (f.madeOn.getTime() === had.madeOn.getTime() && f.recordedAt > had.recordedAt)) latest.set(f.userId, f);
  }
  if (latest.size === 0) return null;
  const mean = [...latest.values()].reduce((s, f) => s + f.probability, 0) / latest.size / 100;
  return { probability: r4(mean), forecasters: latest.size };
}

export type TeamVerdict = "team" | "panel" | "even" | "none";
export type TeamQuestion = { key: string; team: number; panel: number; forecasters: number; resolvedOn: string };

/**
 * `resolvedOn`: for each resolved answer, the valid day of its resolving change
 * (the confirmed answer's day decides a grouped question; when every answer was
 * contradicted, the last of their days).
 */
export function scoreTeam(items: Scorable[], forecasts: ForecastRow[], resolvedOn: Map<string, Date>) {
  const byExpectation = new Map<string, ForecastRow[]>();
  for (const f of forecasts) byExpectation.set(f.expectationId, [...(byExpectation.get(f.expectationId) ?? []), f]);
  const questions: TeamQuestion[] = [];
  for (const [key, answers] of questionsOf(items)) {
    const panel = resolveQuestion(key, answers);
    if (typeof panel === "string") continue;
    const winner = answers.find((a) => a.status === "CONFIRMED");
    const days = (winner ? [winner] : answers).map((a) => resolvedOn.get(a.id)?.getTime()).filter((t): t is number => t !== undefined);
    if (days.length === 0) continue;
    const cutoff = new Date(Math.max(...days));
    const team = answers.map((a) => teamProbability(byExpectation.get(a.id) ?? [], cutoff));
    if (team.some((p) => p === null)) continue;
    const asTeam = resolveQuestion(
      key,
      answers.map((a, i) => ({ ...a, panelShare: team[i]!.probability })),
    );
    if (typeof asTeam === "string") continue;
    questions.push({
      key,
      team: r4(asTeam.brier),
      panel: r4(panel.brier),
      forecasters: Math.min(...team.map((p) => p!.forecasters)),
      resolvedOn: cutoff.toISOString().slice(0, 10),
    });
  }
  const n = questions.length;
  const mean = (pick: (q: TeamQuestion) => number) => (n ? r4(questions.reduce((s, q) => s + pick(q), 0) / n) : null);
  const team = mean((q) => q.team);
  const panel = mean((q) => q.panel);
  const verdict: TeamVerdict = team === null || panel === null ? "none" : team < panel ? "team" : team > panel ? "panel" : "even";
  return { n, team, panel, verdict, tooFew: n > 0 && n < MIN_QUESTIONS, questions };
}
