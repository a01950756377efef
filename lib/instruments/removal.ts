// Would removing one development change any relevant status? Asked of
// thousands of developments, a fresh judgement per removal costs O(links)
// each. The status of one expectation depends on its evidence only through
// three things (rule/judge-one.ts): which latch decides it (an occurrence
// confirmed before it was contradicted, or contradicted; a continuity
// breached), and otherwise the net on the day against ±1. Everything else the
// rule reads (deadline, coverage, override, condition, question) is the same
// with or without the development. So if, for every relevant expectation,
// that "shape" is the same after the removal, every status is the same
// (rule/judge-day.ts combines them by status only), and no judgement is needed.
// When the shape changes, the caller asks the rule (a real judgement): this
// file only proves "unchanged", it never decides a flip.
//
// The shape after a removal is computed from prefix sums kept in whole cents.
// Every grade factor is a product of tenths (rule/grades.ts), so every weight
// is a whole number of cents; the rule sums floats in day order and rounds to
// cents, and the float error of that sum stays far below half a cent for
// fewer than a million links (|error| <= n * 2n * 2^-53), so the rounded sum
// is exactly the sum in cents whatever the order. An expectation whose weights
// are not whole cents, or with that many links, is not tracked: every removal
// touching it is answered "cannot tell", and the caller judges.
import { linkWeight, type EvidenceState, type Weighed } from "../judgement/rule/evidence-state";
import { judgeDay } from "../judgement/rule/judge-day";
import type { Prepared } from "./judge-on";
import { meetsMinimum, type Grade } from "../judgement/rule/grades";
import type { Day, ExpectationFact } from "../judgement/rule/types";

const MAX_LINKS = 1_000_000;

type Own = { i: number; step: number; cents: number }; // i: its place in Track.own

type Track = {
  fact: ExpectationFact;
  exact: boolean;
  own: Weighed[]; // counted links in the rule's order
  cents: number[]; // their weights in cents
  day: Day[]; // the days with own counted links, ascending: the steps the rule checks a threshold on
  count: number[]; // links per step
  cum: number[]; // running net in cents through each step
  sufMax: number[];
  sufMin: number[];
  total: number;
  latchStep: number | null; // first step the running net reaches the line its kind latches on
  byDev: Map<string, Own[]>;
  confirming: Weighed[]; // resolving decisive links, in the rule's order
  contradicting: Weighed[];
  base: Summary;
  key: string; // keyOf(base)
};

const lineOf = (e: ExpectationFact) => (e.kind === "OCCURRENCE" ? e.confirmThreshold : e.contradictThreshold);
// The rule's comparisons, on the rounded net (cents / 100 is what round2 returns).
const reaches = (e: ExpectationFact, cents: number) => (e.kind === "OCCURRENCE" ? cents / 100 >= e.confirmThreshold : cents / 100 <= e.contradictThreshold);
const toCents = (w: number) => {
  const c = Math.round(w * 100);
  return Math.abs(w * 100 - c) > 1e-6 ? null : c;
};
const netClass = (cents: number) => (cents / 100 >= 1 ? "+" : cents / 100 <= -1 ? "-" : "0");

function track(e: ExpectationFact, links: Weighed[], until: Day): Track {
  const upTo = e.deadline === null ? until : Math.min(until, e.deadline);
  const own = links.filter((l) => l.day <= upTo).sort((a, b) => a.day - b.day);
  const t: Track = {
    fact: e,
    exact: own.length < MAX_LINKS,
    own,
    cents: [],
    day: [],
    count: [],
    cum: [],
    sufMax: [],
    sufMin: [],
    total: 0,
    latchStep: null,
    byDev: new Map(),
    confirming: own.filter((l) => l.resolves && l.decisive === "MEETS_CONFIRMING"),
    contradicting: own.filter((l) => l.resolves && l.decisive === "MEETS_CONTRADICTING"),
    base: { cents: 0, confirmed: null, contradicted: null },
    key: "",
  };
  let sum = 0;
  for (const l of own) {
    const whole = toCents(l.weight);
    if (whole === null) t.exact = false;
    const cents = whole ?? 0;
    t.cents.push(cents);
    if (t.day.at(-1) !== l.day) {
      t.day.push(l.day);
      t.count.push(0);
      t.cum.push(sum);
    }
    const step = t.day.length - 1;
    sum += cents;
    t.count[step]!++;
    t.cum[step] = sum;
    const list = t.byDev.get(l.developmentId);
    const mine = { i: t.cents.length - 1, step, cents };
    if (list) list.push(mine);
    else t.byDev.set(l.developmentId, [mine]);
  }
  t.total = sum;
  for (let k = t.day.length - 1; k >= 0; k--) {
    t.sufMax[k] = Math.max(t.cum[k]!, t.sufMax[k + 1] ?? -Infinity);
    t.sufMin[k] = Math.min(t.cum[k]!, t.sufMin[k + 1] ?? Infinity);
  }
  const first = t.cum.findIndex((c) => reaches(e, c));
  t.latchStep = first === -1 ? null : first;
  t.base = shape(t, null)!;
  t.key = keyOf(e, t.base);
  return t;
}

/**
 * The shape of `t` without `removed` (one own link, or none): "C" confirmed
 * by a latch, "X" contradicted or breached by one, else the net's side of ±1.
 * Null when it cannot tell cheaply.
 */
function shape(t: Track, removed: { dev: string; own: Own } | null): Summary | null {
  const e = t.fact;
  const dev = removed?.dev;
  const r = removed?.own.cents ?? 0;
  const s = removed?.own.step ?? Infinity;
  // A removal that empties a day leaves no check on it; the running net there is the
  // previous day's, already checked, except on the first day (a line at or past 0).
  if (removed && s === 0 && t.count[0] === 1 && reaches(e, 0)) return null;
  const decisive = (list: Weighed[]) => list.find((l) => l.developmentId !== dev)?.day ?? null;
  // The threshold latch: unchanged before the removed link's step; from it on the running net moves by -r.
  let latch: { exists: boolean; step: number | null } = { exists: false, step: null };
  if (t.latchStep !== null && t.latchStep < s) latch = { exists: true, step: t.latchStep };
  else if (s < t.cum.length && reaches(e, (e.kind === "OCCURRENCE" ? t.sufMax[s]! : t.sufMin[s]!) - r)) latch = { exists: true, step: null };
  if (e.kind === "CONTINUITY")
    return { cents: t.total - r, confirmed: decisive(t.confirming), contradicted: latch.exists ? -Infinity : decisive(t.contradicting) };

  const contradicted = decisive(t.contradicting);
  let confirmed = decisive(t.confirming);
  if (latch.exists) {
    let step = latch.step;
    if (step === null && contradicted !== null) {
      // Its day matters only against a contradiction: find it.
      for (let k = s; k < t.cum.length; k++)
        if (reaches(e, t.cum[k]! - r)) {
          step = k;
          break;
        }
    }
    const day = step === null ? -Infinity : t.day[step]!;
    confirmed = confirmed === null ? day : Math.min(confirmed, day);
  }
  return { cents: t.total - r, confirmed, contradicted };
}

type Change = { cents: number; resolves: boolean } | null | undefined; // null: removed; undefined: as it was

/** The shape with some links changed, walked a day at a time as the rule walks it (rule/evidence-state.ts advance), in cents. */
function walk(t: Track, changed: Map<number, Change>): Summary {
  const at = [...changed.keys()].sort((a, b) => a - b);
  let p = 0;
  const e = t.fact;
  let sum = 0;
  let latch: Day | null = null;
  let confirmed: Day | null = null;
  let contradicted: Day | null = null;
  for (let i = 0; i < t.own.length;) {
    const day = t.own[i]!.day;
    let counted = false;
    for (; i < t.own.length && t.own[i]!.day === day; i++) {
      const l = t.own[i]!;
      const c = i === at[p] ? changed.get(at[p++]!) : undefined;
      if (c === null) continue;
      counted = true;
      sum += c ? c.cents : t.cents[i]!;
      const resolves = c ? c.resolves : l.resolves;
      if (resolves && l.decisive === "MEETS_CONFIRMING") confirmed ??= day;
      if (resolves && l.decisive === "MEETS_CONTRADICTING") contradicted ??= day;
    }
    if (counted && latch === null && reaches(e, sum)) latch = day;
  }
  if (e.kind === "CONTINUITY")
    return { cents: sum, confirmed, contradicted: latch === null ? contradicted : contradicted === null ? latch : Math.min(latch, contradicted) };
  if (latch !== null) confirmed = confirmed === null ? latch : Math.min(confirmed, latch);
  return { cents: sum, confirmed, contradicted };
}

/**
 * What one expectation's evidence state tells the rule: its net in cents and
 * the days it was confirmed and contradicted by evidence (-Infinity: on a day
 * that cannot matter, see shape). Its key is the status-deciding part alone.
 */
type Summary = { cents: number; confirmed: Day | null; contradicted: Day | null };
function keyOf(e: ExpectationFact, s: Summary): string {
  if (e.kind === "OCCURRENCE" && s.confirmed !== null && (s.contradicted === null || s.confirmed <= s.contradicted)) return "C";
  if (s.contradicted !== null) return "X";
  return netClass(s.cents);
}
/** The rule's own judgeOne reads a state's fact, net and latches only (rule/judge-one.ts); this is that much of a state. */
function stateOf(e: ExpectationFact, s: Summary): EvidenceState {
  const latch = (day: Day | null) => (day === null ? null : { day, by: "threshold" as const, developmentId: "" });
  return { fact: e, net: s.cents / 100, confirmed: latch(s.confirmed), contradicted: latch(s.contradicted) } as unknown as EvidenceState;
}

export type RemovalCheck = {
  /** Removing this development provably leaves every status as it is. */
  without: (developmentId: string) => boolean;
  /** Removing all these developments together provably leaves every status as it is. */
  withoutAll: (developmentIds: Set<string>) => boolean;
  /** Regrading these developments (null: no grade left) provably leaves every status as it is. */
  regraded: (grades: Map<string, Grade | null>) => boolean;
};

/**
 * For `facts` (live links, already restricted to the relevant expectations)
 * on `until`: a function telling whether removing a development provably
 * leaves every status as it is. False means "ask the rule".
 */
export function unchangedWithout(p: Prepared): RemovalCheck {
  const tracks = p.ordered.map((e) => track(e, p.weighed.get(e.id)!, p.until));
  const statuses = (changed: Map<string, Summary>) =>
    [
      ...judgeDay(p.until, {
        ordered: p.ordered,
        states: new Map(tracks.map((t) => [t.fact.id, stateOf(t.fact, changed.get(t.fact.id) ?? t.base)])),
        coverage: p.coverage,
        override: p.override,
      }).values(),
    ]
      .map((j) => j.status)
      .join();
  const before = statuses(new Map());
  // Same keys everywhere: no status can differ. Otherwise the rule's judgeDay, on the states' summaries, says.
  const same = (changed: Map<string, Summary>) =>
    [...changed].every(([id, s]) => keyOf(tracks.find((t) => t.fact.id === id)!.fact, s) === tracks.find((t) => t.fact.id === id)!.key) ||
    statuses(changed) === before;
  const without = (dev: string) => {
    const changed = new Map<string, Summary>();
    for (const t of tracks) {
      const own = t.byDev.get(dev);
      if (!own) continue;
      if (!t.exact) return false;
      const after = own.length === 1 ? shape(t, { dev, own: own[0]! }) : walk(t, new Map(own.map((o) => [o.i, null])));
      if (after === null) return false;
      changed.set(t.fact.id, after);
    }
    return same(changed);
  };
  const withoutAll = (devs: Set<string>) => {
    const changed = new Map<string, Summary>();
    for (const t of tracks) {
      if (![...devs].some((dev) => t.byDev.has(dev))) continue;
      if (!t.exact) return false;
      changed.set(t.fact.id, walk(t, new Map([...devs].flatMap((dev) => (t.byDev.get(dev) ?? []).map((o) => [o.i, null] as const)))));
    }
    return same(changed);
  };
  const regraded = (grades: Map<string, Grade | null>) => {
    const changed = new Map<string, Summary>();
    for (const t of tracks) {
      if (![...grades.keys()].some((dev) => t.byDev.has(dev))) continue;
      if (!t.exact) return false;
      const edits = new Map<number, Change>();
      for (const [dev, grade] of grades)
        for (const o of t.byDev.get(dev) ?? []) {
          const l = t.own[o.i]!;
          const cents = toCents(linkWeight({ stance: l.stance, decisive: l.decisive, grade }));
          if (cents === null) return false;
          edits.set(o.i, { cents, resolves: l.decisive !== "NONE" && meetsMinimum(grade, t.fact.minDecisiveGrade) });
        }
      changed.set(t.fact.id, walk(t, edits));
    }
    return same(changed);
  };
  return { without, withoutAll, regraded };
}
