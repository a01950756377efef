// The rule's judgement of every expectation on one day, without the history.
// replay (rule/replay.ts) also records every status change on the way, each
// with the strongest links counted then; sensitivity needs only the final
// status, many times over, so it drives the rule's own parts (EvidenceState,
// judgeDay) through the same days in the same order and stops there. A unit
// test (tests/unit/instruments-sensitivity.test.ts) checks it against replay.
import { EvidenceState, weigh, type Weighed } from "../judgement/rule/evidence-state";
import { conditionsFirst, judgeDay } from "../judgement/rule/judge-day";
import { endOfDay, type Day, type Facts, type Judgement, type OverrideFact } from "../judgement/rule/types";

/** `facts` must hold live links only (rule/replay.ts knownFacts). */
export function judgeOn(facts: Facts, until: Day): Map<string, Judgement> {
  const ordered = conditionsFirst(facts.expectations);
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const links = new Map<string, Weighed[]>(ordered.map((e) => [e.id, []]));
  const days = new Set<Day>();
  for (const l of facts.links) {
    const e = byId.get(l.expectationId);
    if (!e || l.day > until) continue;
    links.get(e.id)!.push(weigh(l, e));
    days.add(l.day);
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
  // Each day with evidence is its own step: a threshold crossed that day latches with it.
  for (const day of [...days].sort((a, b) => a - b)) for (const s of states.values()) s.advance(day);
  for (const s of states.values()) s.advance(until);

  const latest = new Map<string, { day: Day; at: number }>();
  for (const c of facts.coverage) {
    const seen = latest.get(c.surveyId);
    if (!seen || c.setAt >= seen.at) latest.set(c.surveyId, { day: c.throughDay, at: c.setAt });
  }
  const overrides = new Map<string, OverrideFact>();
  for (const ov of [...facts.overrides].sort((a, b) => a.at - b.at)) if (ov.at <= endOfDay(until)) overrides.set(ov.expectationId, ov);
  return judgeDay(until, { ordered, states, coverage: (id) => latest.get(id)?.day ?? null, override: (id) => overrides.get(id) ?? null });
}
