// Small builders for the rule's facts, so each unit test reads as its worked example.
import { dayOf, type ExpectationFact, type Facts, type LinkFact } from "../../lib/judgement/rule";
import type { Decisive, Stance } from "../../lib/judgement/rule";

export const d = (s: string) => dayOf(new Date(`${s}T00:00:00Z`));
export const at = (s: string) => new Date(s.length === 10 ? `${s}T12:00:00Z` : s).getTime();

export function expectation(id: string, over: Partial<ExpectationFact> = {}): ExpectationFact {
  return {
    id,
    surveyId: "s",
    kind: "OCCURRENCE",
    deadline: null,
    confirmThreshold: 3,
    contradictThreshold: -3,
    conditionId: null,
    questionGroup: null,
    minDecisiveGrade: { reliability: "B", credibility: 2 },
    ...over,
  };
}

let n = 0;
export function link(
  expectationId: string,
  day: string,
  stance: Stance,
  o: { grade?: string; decisive?: Decisive; loggedOn?: string; removedOn?: string; dev?: string } = {},
): LinkFact {
  n++;
  const g = o.grade ?? "A1";
  return {
    linkId: `l${n}`,
    developmentId: o.dev ?? `d${n}`,
    expectationId,
    day: d(day),
    recordedAt: at(o.loggedOn ?? day),
    removedAt: o.removedOn ? at(o.removedOn) : null,
    stance,
    decisive: o.decisive ?? "NONE",
    grade: { reliability: g[0]!, credibility: Number(g[1]) },
  };
}

export const facts = (f: Partial<Facts>): Facts => ({ expectations: [], links: [], overrides: [], coverage: [], ...f });
