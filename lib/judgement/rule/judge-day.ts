// Every expectation of a record on one day, together, because they depend on
// each other: a conditional one needs its condition's status that day, and
// the answers of one survey question exclude each other.
import type { EvidenceState } from "./evidence-state";
import { judgeOne } from "./judge-one";
import type { Day, ExpectationFact, Judgement, OverrideFact } from "./types";

/** Conditions before the expectations that depend on them (a cycle is cut, not followed). */
export function conditionsFirst(list: ExpectationFact[]): ExpectationFact[] {
  const byId = new Map(list.map((e) => [e.id, e]));
  const done = new Set<string>();
  const ordered: ExpectationFact[] = [];
  const visit = (e: ExpectationFact, path: Set<string>) => {
    if (done.has(e.id) || path.has(e.id)) return;
    path.add(e.id);
    const condition = e.conditionId ? byId.get(e.conditionId) : undefined;
    if (condition) visit(condition, path);
    done.add(e.id);
    ordered.push(e);
  };
  list.forEach((e) => visit(e, new Set()));
  return ordered;
}

export type DayInputs = {
  ordered: ExpectationFact[];
  states: Map<string, EvidenceState>;
  coverage: (surveyId: string) => Day | null;
  override: (expectationId: string) => OverrideFact | null;
};

function pass(day: Day, i: DayInputs, ruledOut: Set<string>): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  for (const e of i.ordered) {
    out.set(
      e.id,
      judgeOne(i.states.get(e.id)!, {
        day,
        conditionStatus: e.conditionId ? (out.get(e.conditionId)?.status ?? "PENDING") : undefined,
        ruledOut: ruledOut.has(e.id),
        coverage: i.coverage(e.surveyId),
        override: i.override(e.id),
      }),
    );
  }
  return out;
}

/**
 * When exactly one answer of a question is confirmed, the others are ruled
 * out. Two confirmed at once (possible only by hand or by two decisive links)
 * rule out neither: that needs an analyst, not a tie-break.
 */
function losers(ordered: ExpectationFact[], first: Map<string, Judgement>): Set<string> {
  const groups = new Map<string, ExpectationFact[]>();
  for (const e of ordered) if (e.questionGroup) groups.set(e.questionGroup, [...(groups.get(e.questionGroup) ?? []), e]);
  const out = new Set<string>();
  for (const members of groups.values()) {
    const confirmed = members.filter((m) => first.get(m.id)!.status === "CONFIRMED");
    if (confirmed.length !== 1) continue;
    for (const m of members) if (m.id !== confirmed[0]!.id && !first.get(m.id)!.overridden) out.add(m.id);
  }
  return out;
}

export function judgeDay(day: Day, inputs: DayInputs): Map<string, Judgement> {
  const first = pass(day, inputs, new Set());
  const out = losers(inputs.ordered, first);
  return out.size ? pass(day, inputs, out) : first;
}
