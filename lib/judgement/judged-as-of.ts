// What the product says about a past (or the present) day, in valid time,
// read one of two ways (docs/decisions/0040):
// - "as happened": what the record now says was true that day — the ledger's
//   current rows and the daily series the live runs keep;
// - "as known then": what the team could have known that day — the rule
//   replayed with only what had been logged by the end of it.
// Pages and the dashboard read this, never the rule and the tables apart.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { loadFacts } from "./load-facts";
import { dateOf, endOfDay, replay, type Day, type Reason, type Status, type Waiting } from "./rule";
import { reasonText } from "./write-ledger";

export type AsOfView = { day: Day; knownThen: boolean };

export type StateOnDay = { status: Status; net: number; reason: string | null; waiting: Waiting };
export type HistoryEntry = { expectationId: string; validFrom: Date; recordedAt: Date | null; from: Status; to: Status; reason: string; mode: string };
export type DayPoint = { day: string; net: number; status: Status };

export type JudgedAsOf = {
  states: Map<string, StateOnDay>;
  /** Status changes up to the day, oldest first. */
  history: HistoryEntry[];
  /** Daily points per expectation up to the day (only when asked for). */
  series: Map<string, DayPoint[]>;
};

const PENDING: StateOnDay = { status: "PENDING", net: 0, reason: null, waiting: null };
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
// The live runs write every day's point; this covers a day not written yet (today before the first run).
const FALLBACK_DAYS = 3;

async function asHappened(db: Db, v: AsOfView, withSeries: boolean, seriesDays: number): Promise<JudgedAsOf> {
  const end = new Date(endOfDay(v.day));
  const from = dateOf(v.day - Math.max(FALLBACK_DAYS, withSeries ? seriesDays : 0));
  const [rows, points] = await Promise.all([
    db.statusChange.findMany({
      where: { supersededAt: null, validFrom: { lte: end } },
      orderBy: [{ validFrom: "asc" }, { recordedAt: "asc" }],
      select: { expectationId: true, validFrom: true, recordedAt: true, fromStatus: true, toStatus: true, reason: true, mode: true },
    }),
    db.scoreSnapshot.findMany({
      where: { day: { gte: from, lte: dateOf(v.day) } },
      orderBy: { day: "asc" },
      select: { expectationId: true, day: true, netScore: true, status: true, reason: true, waiting: true },
    }),
  ]);
  const states = new Map<string, StateOnDay>();
  const series = new Map<string, DayPoint[]>();
  for (const p of points) {
    states.set(p.expectationId, { status: p.status, net: p.netScore, reason: p.reason, waiting: p.waiting ? (JSON.parse(p.waiting) as Waiting) : null });
    if (withSeries) series.set(p.expectationId, [...(series.get(p.expectationId) ?? []), { day: isoDay(p.day), net: p.netScore, status: p.status }]);
  }
  // The ledger has the last word on the status (an analyst's override is valid from its moment, within a day).
  const history = rows.map((r) => ({
    expectationId: r.expectationId,
    validFrom: r.validFrom,
    recordedAt: r.recordedAt,
    from: r.fromStatus,
    to: r.toStatus,
    reason: r.reason,
    mode: r.mode,
  }));
  for (const h of history) {
    const s = states.get(h.expectationId) ?? { ...PENDING };
    states.set(h.expectationId, s.status === h.to ? s : { ...s, status: h.to, waiting: null });
  }
  return { states, history, series };
}

async function asKnownThen(db: Db, v: AsOfView, withSeries: boolean, seriesDays: number): Promise<JudgedAsOf> {
  const result = replay(await loadFacts(db), { until: v.day, knownBy: endOfDay(v.day), series: withSeries });
  const states = new Map<string, StateOnDay>();
  for (const [id, j] of result.final) states.set(id, { status: j.status, net: j.net, reason: reasonText(j.reason), waiting: j.waiting });
  const history = [...result.changes.values()]
    .flat()
    .sort((a, b) => a.validFrom - b.validFrom)
    .map((c) => ({
      expectationId: c.expectationId,
      validFrom: dateOf(c.validFrom),
      recordedAt: null,
      from: c.from,
      to: c.to,
      reason: reasonText(c.reason as Reason),
      mode: c.byOverride ? "OVERRIDE" : "RULE",
    }));
  const series = new Map<string, DayPoint[]>();
  for (const [id, points] of result.series) {
    series.set(
      id,
      points.filter((p) => p.day > v.day - seriesDays).map((p) => ({ day: isoDay(dateOf(p.day)), net: p.net, status: p.status })),
    );
  }
  return { states, history, series };
}

export async function judgedAsOf(db: Db, actor: Actor | null, v: AsOfView, o: { series?: boolean; seriesDays?: number } = {}): Promise<JudgedAsOf> {
  requireAbility(actor, "read");
  const days = o.seriesDays ?? 90;
  return v.knownThen ? asKnownThen(db, v, o.series ?? false, days) : asHappened(db, v, o.series ?? false, days);
}

export function stateOf(j: JudgedAsOf, id: string): StateOnDay {
  return j.states.get(id) ?? PENDING;
}
