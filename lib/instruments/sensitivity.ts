// Which evidence carries an expectation's status on a day, and would the
// status survive losing some of it. Everything is computed by the rule itself
// (replay), never estimated: a removal "changes the status" when replaying the
// record without it gives another status on that day. To keep that cheap at
// scale, only the relevant part of the record is replayed (relevant-facts.ts)
// and a development is tried only if its weight could move the running net
// across a line the rule compares against (below); the rest provably cannot.
// Of those tried, removal.ts proves most harmless from prefix sums in cents;
// the rest are judged in full, the links weighed and sorted once (judge-on.ts
// prepare). Decision 0085.
import {
  bestGrade,
  meetsMinimum,
  replay,
  round2,
  weigh,
  type Day,
  type Decisive,
  type Facts,
  type Grade,
  type Judgement,
  type Status,
} from "../judgement/rule";
import type { Weighed } from "../judgement/rule/evidence-state";
import { judgePrepared, prepare, type Prepared } from "./judge-on";
import { relevantIds, restrictFacts } from "./relevant-facts";
import { unchangedWithout } from "./removal";
import { settledBy, whatItWouldTake, type Settled, type Take } from "./what-it-would-take";

/** One source of a development: who published it and its grade. */
export type SourceFact = { developmentId: string; outlet: string; grade: Grade };

export type Contribution = { linkId: string; developmentId: string; day: Day; weight: number; share: number | null; grade: Grade | null; decisive: Decisive };
export type Flip = { developmentIds: string[]; becomes: Status };
export type OutletFlip = { outlet: string; becomes: Status };

export type Sensitivity = {
  status: Status;
  net: number;
  /** Counted links with a weight, heaviest first; share = weight / net (signed). */
  contributions: Contribution[];
  /** Single developments whose removal changes the status (at most `limit`). */
  flips: Flip[];
  /** No single development changes it; `smallest` is then the smallest set found, heaviest first (null: no removal of evidence does). */
  robust: boolean;
  smallest: Flip | null;
  /** Single outlets whose loss changes it (each affected development falls back to its next best source). */
  outletFlips: OutletFlip[];
  warnings: { oneOutlet: string | null; belowC3: boolean };
  settled: Settled;
  take: { confirm: Take; contradict: Take };
};

export const C3: Grade = { reliability: "C", credibility: 3 };
const EPS = 0.011; // nets are rounded to cents: a weight this close to the margin is tried, not skipped

/** The direction a status points: what removing evidence must undo. */
function direction(status: Status, net: number): 1 | -1 | 0 {
  if (status === "CONFIRMED" || status === "LEANING_CONFIRMED") return 1;
  if (status === "CONTRADICTED" || status === "LEANING_CONTRADICTED") return -1;
  return net > 0 ? 1 : net < 0 ? -1 : 0;
}

export type SensitivityInput = { facts: Facts; expectationId: string; day: Day; sources?: SourceFact[]; limit?: number };

export function analyseSensitivity(input: SensitivityInput): Sensitivity {
  const { expectationId: id, day, limit = 20 } = input;
  const live = { ...input.facts, links: input.facts.links.filter((l) => l.removedAt === null) };
  const facts = restrictFacts(live, relevantIds(live, id));
  const fact = facts.expectations.find((e) => e.id === id);
  if (!fact) throw new Error(`unknown expectation ${id}`);
  const prepared = prepare(facts, day); // weighed and sorted once; each try below only filters it
  const base: Judgement = judgePrepared(prepared).get(id)!;
  const until = fact.deadline === null ? day : Math.min(day, fact.deadline);
  const own = facts.links
    .filter((l) => l.expectationId === id && l.day <= until)
    .map((l) => weigh(l, fact))
    .sort((a, b) => a.day - b.day);
  const net = base.net;
  const contributions = own
    .filter((l) => l.weight !== 0)
    .map((l) => ({
      linkId: l.linkId,
      developmentId: l.developmentId,
      day: l.day,
      weight: round2(l.weight),
      share: net === 0 ? null : l.weight / net,
      grade: l.grade,
      decisive: l.decisive,
    }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));

  const settled = settledBy(base.status, {
    overridden: base.overridden,
    waitingForCondition: base.waiting?.kind === "condition",
    windowClosed: fact.deadline !== null && day >= fact.deadline,
  });
  const changes = (change: (l: Weighed) => Weighed | null) => {
    const s = judgePrepared(prepared, change).get(id)!.status;
    return s === base.status ? null : s;
  };
  const without = (devs: Set<string>) => changes((l) => (devs.has(l.developmentId) ? null : l));

  const candidates = movers(facts, id, day);
  const unchanged = unchangedWithout(prepared);

  const flips: Flip[] = [];
  if (!base.overridden) {
    for (const dev of [...candidates].sort((a, b) => b[1] - a[1]).map(([d]) => d)) {
      if (unchanged.without(dev)) continue; // proved from prefix sums (removal.ts); the rule judges the rest
      const becomes = without(new Set([dev]));
      if (becomes) flips.push({ developmentIds: [dev], becomes });
      if (flips.length >= limit) break;
    }
  }
  const smallest = flips[0] ?? (base.overridden ? null : smallestSet(own, base.status, net, (devs) => (unchanged.withoutAll(devs) ? null : without(devs))));
  const outletFlips = base.overridden || !input.sources ? [] : outletLosses(prepared, input.sources, own, changes, unchanged.regraded);
  const leaning = base.status !== "PENDING" && !base.overridden;
  const belowC3 = leaning && changes((l) => (meetsMinimum(l.grade, C3) ? l : null)) !== null;
  return {
    status: base.status,
    net,
    contributions,
    flips,
    robust: flips.length === 0,
    smallest,
    outletFlips,
    warnings: { oneOutlet: leaning ? (outletFlips[0]?.outlet ?? null) : null, belowC3 },
    settled,
    take: whatItWouldTake(fact, net),
  };
}

/**
 * The developments whose removal could change any relevant expectation's
 * status, with their heaviest |weight| on `id`. Margin: the least distance
 * between the net on the day and a line the final judgement compares it with
 * (±1, the thresholds), and, from the link's day on, between the running net
 * and the threshold its kind latches on (confirm for an occurrence, contradict
 * for a continuity). A development whose links on an expectation are, all
 * together, lighter than that margin from its first one on, and none decisive,
 * leaves every comparison of that expectation as it was; one that does so on
 * every expectation leaves every relevant status — hence `id`'s — unchanged.
 */
function movers(facts: Facts, id: string, day: Day): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of facts.expectations) {
    const until = e.deadline === null ? day : Math.min(day, e.deadline);
    const own = facts.links
      .filter((l) => l.expectationId === e.id && l.day <= until)
      .map((l) => weigh(l, e))
      .sort((a, b) => a.day - b.day);
    const heft = new Map<string, number>();
    for (const l of own) heft.set(l.developmentId, (heft.get(l.developmentId) ?? 0) + Math.abs(l.weight));
    const running: number[] = [];
    own.reduce((sum, l, i) => (running[i] = sum + l.weight), 0);
    // The net on the day is weighed against every line (rule/judge-one.ts byWeight);
    // along the way only the line a kind latches on matters (rule/evidence-state.ts advance).
    const final = running.at(-1) ?? 0;
    const latchLine = e.kind === "OCCURRENCE" ? e.confirmThreshold : e.contradictThreshold;
    let least = Math.min(...[1, -1, e.confirmThreshold, e.contradictThreshold].map((c) => Math.abs(final - c)));
    for (let i = own.length - 1; i >= 0; i--) {
      const l = own[i]!;
      least = Math.min(least, Math.abs(running[i]! - latchLine));
      // A development's links on one expectation move it together: weigh them together.
      if (heft.get(l.developmentId)! + EPS < least && l.decisive === "NONE") continue;
      const weight = e.id === id ? Math.abs(l.weight) : 0;
      out.set(l.developmentId, Math.max(out.get(l.developmentId) ?? 0, weight));
    }
  }
  return out;
}

/**
 * With no single development decisive, the fewest of the heaviest ones
 * pushing the status's way whose removal together changes it (binary search
 * over k: removing more of them only moves the net further back). An upper
 * bound on the true minimum; for a status set by the net alone, it is it.
 */
function smallestSet(own: ReturnType<typeof weigh>[], status: Status, net: number, changesWithout: (devs: Set<string>) => Status | null): Flip | null {
  const tryDirection = (sign: 1 | -1): Flip | null => {
    const seen = new Set<string>();
    for (const l of [...own].filter((l) => Math.sign(l.weight) === sign).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))) seen.add(l.developmentId);
    const heaviest = [...seen]; // a Set keeps first-seen order: heaviest first
    const at = (k: number) => changesWithout(new Set(heaviest.slice(0, k)));
    if (heaviest.length === 0 || at(heaviest.length) === null) return null;
    let lo = 1;
    let hi = heaviest.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(mid) !== null) hi = mid;
      else lo = mid + 1;
    }
    return { developmentIds: heaviest.slice(0, lo), becomes: at(lo)! };
  };
  const sign = direction(status, net);
  if (sign !== 0) return tryDirection(sign);
  const found = [tryDirection(1), tryDirection(-1)].filter((f): f is Flip => f !== null);
  return found.sort((a, b) => a.developmentIds.length - b.developmentIds.length)[0] ?? null;
}

/** Losing one outlet: every development it graded falls back to its next best source (or weighs nothing). */
function outletLosses(
  prepared: Prepared,
  sources: SourceFact[],
  own: ReturnType<typeof weigh>[],
  changes: (change: (l: Weighed) => Weighed | null) => Status | null,
  unchanged: (regraded: Map<string, Grade | null>) => boolean,
): OutletFlip[] {
  const counted = new Set(own.filter((l) => l.weight !== 0).map((l) => l.developmentId));
  const byDev = new Map<string, SourceFact[]>();
  for (const s of sources) if (counted.has(s.developmentId)) byDev.set(s.developmentId, [...(byDev.get(s.developmentId) ?? []), s]);
  const outlets = [...new Set([...byDev.values()].flat().map((s) => s.outlet))].sort();
  const out: OutletFlip[] = [];
  for (const outlet of outlets) {
    const regraded = new Map<string, Grade | null>();
    for (const [dev, list] of byDev)
      if (list.some((s) => s.outlet === outlet)) regraded.set(dev, bestGrade(list.filter((s) => s.outlet !== outlet).map((s) => s.grade)));
    if (unchanged(regraded)) continue; // proved without judging (removal.ts)
    const becomes = changes((l) =>
      regraded.has(l.developmentId) ? weigh({ ...l, grade: regraded.get(l.developmentId)! }, prepared.byId.get(l.expectationId)!) : l,
    );
    if (becomes) out.push({ outlet, becomes });
  }
  return out;
}
