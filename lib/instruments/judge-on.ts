// The rule's judgement of every expectation on one day, without the history.
// replay (rule/replay.ts) also records every status change on the way, each
// with the strongest links counted then; sensitivity needs only the final
// status, many times over, so it drives the rule's own parts (EvidenceState,
// judgeDay) through the same days in the same order and stops there. A unit
// test (tests/unit/instruments-sensitivity.test.ts) checks it against replay.
//
// Sensitivity judges the same record many times, each with a few links
// removed or regraded: `prepare` weighs and sorts the links once, and
// `judgePrepared` judges the prepared record with a change applied to each
// weighed link (null: removed), keeping the rule's order.
import { EvidenceState, weigh, type Weighed } from "../judgement/rule/evidence-state";
import { conditionsFirst, judgeDay } from "../judgement/rule/judge-day";
import { endOfDay, type Day, type ExpectationFact, type Facts, type Judgement, type OverrideFact } from "../judgement/rule/types";

export type Prepared = {
  until: Day;
  ordered: ExpectationFact[];
  byId: Map<string, ExpectationFact>;
  weighed: Map<string, Weighed[]>; // per expectation, sorted by day
  days: Day[]; // every day with evidence, ascending
  coverage: (surveyId: string) => Day | null;
  override: (expectationId: string) => OverrideFact | null;
};

/** `facts` must hold live links only (rule/replay.ts knownFacts). */
export function prepare(facts: Facts, until: Day): Prepared {
  const ordered = conditionsFirst(facts.expectations);
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const weighed = new Map<string, Weighed[]>(ordered.map((e) => [e.id, []]));
  const days = new Set<Day>();
  for (const l of facts.links) {
    const e = byId.get(l.expectationId);
    if (!e || l.day > until) continue;
    weighed.get(e.id)!.push(weigh(l, e));
    days.add(l.day);
  }
  for (const list of weighed.values()) list.sort((a, b) => a.day - b.day);
  const latest = new Map<string, { day: Day; at: number }>();
  for (const c of facts.coverage) {
    const seen = latest.get(c.surveyId);
    if (!seen || c.setAt >= seen.at) latest.set(c.surveyId, { day: c.throughDay, at: c.setAt });
  }
  const overrides = new Map<string, OverrideFact>();
  for (const ov of [...facts.overrides].sort((a, b) => a.at - b.at)) if (ov.at <= endOfDay(until)) overrides.set(ov.expectationId, ov);
  return {
    until,
    ordered,
    byId,
    weighed,
    days: [...days].sort((a, b) => a - b),
    coverage: (id) => latest.get(id)?.day ?? null,
    override: (id) => overrides.get(id) ?? null,
  };
}

/**
 * The judgement with `change` applied to every weighed link (null removes it).
 * A day left without evidence by a removal is still stepped through: the rule's
 * state does nothing on a day with no new links (rule/evidence-state.ts advance).
 */
export function judgePrepared(p: Prepared, change?: (l: Weighed) => Weighed | null): Map<string, Judgement> {
  const states = new Map<string, EvidenceState>();
  for (const e of p.ordered) {
    const all = p.weighed.get(e.id)!;
    let links = all;
    if (change) {
      links = [];
      for (const l of all) {
        const c = change(l);
        if (c) links.push(c);
      }
    }
    states.set(e.id, new EvidenceState(e, links));
  }
  // Each day with evidence is its own step: a threshold crossed that day latches with it.
  for (const day of p.days) for (const s of states.values()) s.advance(day);
  for (const s of states.values()) s.advance(p.until);
  return judgeDay(p.until, { ordered: p.ordered, states, coverage: p.coverage, override: p.override });
}

export function judgeOn(facts: Facts, until: Day): Map<string, Judgement> {
  return judgePrepared(prepare(facts, until));
}
