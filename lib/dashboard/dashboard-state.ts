// Every expectation as judged on the as-of day, the counts by status, and the
// panel's scorecard. Replays the rule (lib/judgement) from the evidence known
// then, so a past day shows what the dashboard would have shown that day. The
// evidence arrives counted by the database (./dashboard-facts.ts), not link by
// link: the view costs the same at 100 links or 100,000.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { judgeAll } from "../judgement/judge-all";
import { scorePanel } from "../judgement/score-panel";
import { STATUSES } from "../judgement/schemas";
import { themeOrder } from "../expectations/themes";
import { dashboardFacts } from "./dashboard-facts";

export async function dashboardState(db: Db, actor: Actor | null, asOf: Date) {
  requireAbility(actor, "read");
  const [facts, rows] = await Promise.all([
    dashboardFacts(db, asOf),
    db.expectation.findMany({
      select: { id: true, key: true, theme: true, position: true, statement: true, statementKo: true, answerLabel: true, answerLabelKo: true, panelShare: true, confirmThreshold: true, contradictThreshold: true },
    }),
  ]);
  const judgements = judgeAll(facts, asOf);
  const expectations = rows
    .map((r) => ({ ...r, status: judgements.get(r.id)?.status ?? "PENDING", netScore: judgements.get(r.id)?.netScore ?? 0 }))
    .sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.position - b.position);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, expectations.filter((e) => e.status === s).length])) as Record<(typeof STATUSES)[number], number>;
  return { expectations, counts, score: scorePanel(expectations) };
}

const DAY = 24 * 60 * 60 * 1000;

/** Status changes in the 7 and 30 days up to the as-of moment, newest first. */
export async function recentChanges(db: Db, actor: Actor | null, asOf: Date) {
  requireAbility(actor, "read");
  const since = (days: number) => new Date(asOf.getTime() - days * DAY);
  const [week, month, latest] = await Promise.all([
    db.statusChange.count({ where: { changedAt: { gt: since(7), lte: asOf } } }),
    db.statusChange.count({ where: { changedAt: { gt: since(30), lte: asOf } } }),
    db.statusChange.findMany({
      where: { changedAt: { gt: since(30), lte: asOf } },
      orderBy: { changedAt: "desc" },
      take: 20,
      select: { id: true, changedAt: true, fromStatus: true, toStatus: true, expectation: { select: { id: true, statement: true, statementKo: true } } },
    }),
  ]);
  return { week, month, latest };
}

/** Each expectation's daily net score over the `days` before the as-of day (from the snapshots). */
export async function scoreTrends(db: Db, actor: Actor | null, asOf: Date, days = 90) {
  requireAbility(actor, "read");
  const rows = await db.scoreSnapshot.findMany({
    where: { day: { gt: new Date(asOf.getTime() - days * DAY), lte: asOf } },
    orderBy: { day: "asc" },
    select: { expectationId: true, day: true, netScore: true },
  });
  const series = new Map<string, { day: string; net: number }[]>();
  for (const r of rows) {
    const list = series.get(r.expectationId) ?? [];
    list.push({ day: r.day.toISOString().slice(0, 10), net: r.netScore });
    series.set(r.expectationId, list);
  }
  return series;
}
