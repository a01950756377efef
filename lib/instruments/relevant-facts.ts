// The part of a record that can bear on one expectation's status: itself, its
// condition (and that one's), and the other answers of its question (with
// theirs), because the rule judges those together (judge-day.ts). Replaying
// only this part gives the same status as replaying everything, for a
// fraction of the work, which is what lets sensitivity try many removals.
import type { Facts } from "../judgement/rule";

export function relevantIds(facts: Facts, id: string): Set<string> {
  const byId = new Map(facts.expectations.map((e) => [e.id, e]));
  const groups = new Map<string, string[]>();
  for (const e of facts.expectations) if (e.questionGroup) groups.set(e.questionGroup, [...(groups.get(e.questionGroup) ?? []), e.id]);
  const out = new Set<string>();
  const todo = [id];
  while (todo.length) {
    const next = byId.get(todo.pop()!);
    if (!next || out.has(next.id)) continue;
    out.add(next.id);
    if (next.conditionId) todo.push(next.conditionId);
    if (next.questionGroup) todo.push(...groups.get(next.questionGroup)!);
  }
  return out;
}

export function restrictFacts(facts: Facts, ids: Set<string>): Facts {
  return {
    expectations: facts.expectations.filter((e) => ids.has(e.id)),
    links: facts.links.filter((l) => ids.has(l.expectationId)),
    overrides: facts.overrides.filter((o) => ids.has(o.expectationId)),
    coverage: facts.coverage,
  };
}
