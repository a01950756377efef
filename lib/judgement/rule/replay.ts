// The rule replayed through time: walks the days on which anything could
// change (a development's day, a deadline, an override) and records each
// change with the day it took effect. Everything the product says about time
// comes from here: the ledger the jobs keep, the daily series, the as-of and
// "as known then" views. Pure: the caller passes the facts and the days.
import { EvidenceState, weigh } from "./evidence-state";
import { conditionsFirst, judgeDay } from "./judge-day";
import { dayOf, endOfDay, type Change, type Day, type Facts, type Judgement, type OverrideFact, type SeriesPoint, type Status } from "./types";

export type ReplayOptions = {
  /** The last day judged (today for a live run, the as-of day for a view). */
  until: Day;
  /** "As known then": only what had been logged by this moment (ms). Absent: everything live now. */
  knownBy?: number;
  /** Also return the daily series, from the first day anything happened. */
  series?: boolean;
};

export type ReplayResult = {
  /** Status changes in valid time, per expectation, oldest first. */
  changes: Map<string, Change[]>;
  /** The judgement on `until`. */
  final: Map<string, Judgement>;
  series: Map<string, SeriesPoint[]>;
};

const point = (day: Day, j: Judgement): SeriesPoint => ({ day, net: j.net, status: j.status, reason: j.reason, waiting: j.waiting });

const RANK: Partial<Record<Status, number>> = { CONTRADICTED: -2, LEANING_CONTRADICTED: -1, PENDING: 0, LEANING_CONFIRMED: 1, CONFIRMED: 2 };

/** The facts as they stood: now (live ones only), or as logged by `knownBy`. */
export function knownFacts(facts: Facts, knownBy?: number): Facts {
  if (knownBy === undefined) {
    return { ...facts, links: facts.links.filter((l) => l.removedAt === null) };
  }
  return {
    expectations: facts.expectations,
    links: facts.links.filter((l) => l.recordedAt <= knownBy && (l.removedAt === null || l.removedAt > knownBy)),
    overrides: facts.overrides.filter((o) => o.at <= knownBy),
    coverage: facts.coverage.filter((c) => c.setAt <= knownBy),
  };
}

/** The latest coverage mark per survey (by when it was set). */
function coverageBySurvey(facts: Facts): Map<string, Day> {
  const latest = new Map<string, { day: Day; at: number }>();
  for (const c of facts.coverage) {
    const seen = latest.get(c.surveyId);
    if (!seen || c.setAt >= seen.at) latest.set(c.surveyId, { day: c.throughDay, at: c.setAt });
  }
  return new Map([...latest].map(([k, v]) => [k, v.day]));
}

export function replay(allFacts: Facts, o: ReplayOptions): ReplayResult {
  const facts = knownFacts(allFacts, o.knownBy);
  const coverage = coverageBySurvey(facts);
  const ordered = conditionsFirst(facts.expectations);
  const links = new Map(ordered.map((e) => [e.id, [] as ReturnType<typeof weigh>[]]));
  const byId = new Map(ordered.map((e) => [e.id, e]));
  for (const l of facts.links) {
    const e = byId.get(l.expectationId);
    if (e && l.day <= o.until) links.get(e.id)!.push(weigh(l, e));
  }
  const states = new Map(
    ordered.map((e) => [
      e.id,
      new EvidenceState(
        e,
        links.get(e.id)!.sort((a, b) => a.day - b.day),
      ),
    ]),
  );
  const overrides = new Map<string, OverrideFact[]>();
  for (const ov of [...facts.overrides].sort((a, b) => a.at - b.at)) overrides.set(ov.expectationId, [...(overrides.get(ov.expectationId) ?? []), ov]);

  const days = new Set<Day>();
  for (const list of links.values()) for (const l of list) days.add(l.day);
  for (const e of ordered) if (e.deadline !== null && e.deadline <= o.until) days.add(e.deadline);
  for (const ov of facts.overrides) if (dayOf(ov.at) <= o.until) days.add(dayOf(ov.at));
  const eventDays = [...days].sort((a, b) => a - b);

  const changes = new Map(ordered.map((e) => [e.id, [] as Change[]]));
  const series = new Map(ordered.map((e) => [e.id, [] as SeriesPoint[]]));
  let previous = new Map<string, Judgement>();
  let previousDay: Day | null = null;
  const overrideOn = (id: string, day: Day) => (overrides.get(id) ?? []).filter((ov) => ov.at <= endOfDay(day)).at(-1) ?? null;

  const fillSeries = (to: Day) => {
    // Between two event days nothing changes: repeat the last judged state.
    if (!o.series || previousDay === null) return;
    for (let d = previousDay + 1; d < to; d++) for (const [id, j] of previous) series.get(id)!.push(point(d, j));
  };

  for (const day of eventDays) {
    for (const s of states.values()) s.advance(day);
    const today = judgeDay(day, { ordered, states, coverage: (id) => coverage.get(id) ?? null, override: (id) => overrideOn(id, day) });
    fillSeries(day);
    for (const e of ordered) {
      const j = today.get(e.id)!;
      const from = previous.get(e.id)?.status ?? "PENDING";
      if (o.series) series.get(e.id)!.push(point(day, j));
      if (j.status === from) continue;
      const s = states.get(e.id)!;
      const ov = overrideOn(e.id, day);
      // The jump to an analyst's status, or back to the rule's on a release, is the analyst's own row.
      const byOverride = ov !== null && dayOf(ov.at) === day && (j.overridden || ov.mode === "RELEASE");
      const direction = (RANK[j.status] ?? 0) - (RANK[from] ?? 0);
      changes.get(e.id)!.push({
        expectationId: e.id,
        validFrom: day,
        from,
        to: j.status,
        net: j.net,
        reason: j.reason,
        byOverride,
        tippedBy: s.tipper(direction),
        evidenceIds: s.counted(),
      });
    }
    previous = today;
    previousDay = day;
  }
  fillSeries(o.until + 1);

  for (const s of states.values()) s.advance(o.until);
  const final = judgeDay(o.until, { ordered, states, coverage: (id) => coverage.get(id) ?? null, override: (id) => overrideOn(id, o.until) });
  for (const [id, j] of final) {
    const ov = overrideOn(id, o.until);
    if (j.overridden && ov) j.needsReview = facts.links.some((l) => l.expectationId === id && l.recordedAt > ov.at && l.day <= o.until);
  }
  // A series starts at the expectation's own first event: before it there is nothing to draw.
  for (const [id, points] of series) {
    const first = points.findIndex((p) => p.status !== "PENDING" || p.net !== 0 || p.waiting !== null);
    series.set(id, first === -1 ? [] : points.slice(first));
  }
  return { changes, final, series };
}
