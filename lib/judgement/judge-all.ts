// Judges every expectation of a baseline together, because they depend on each
// other: a conditional one needs its condition's status, and the answers of one
// survey question exclude each other. Pure, like judge().
import { judge, type EvidenceItem, type Judgement, type Override } from "./evaluate";

export type ExpectationFacts = {
  id: string;
  kind: "OCCURRENCE" | "CONTINUITY";
  deadline: Date | null;
  confirmThreshold: number;
  contradictThreshold: number;
  conditionId: string | null;
  questionGroup: string | null;
  evidence: EvidenceItem[];
  override: Override | null;
};

/** Conditions before the expectations that depend on them (cycles are cut, not followed). */
function conditionsFirst(list: ExpectationFacts[]): ExpectationFacts[] {
  const byId = new Map(list.map((e) => [e.id, e]));
  const done = new Set<string>();
  const ordered: ExpectationFacts[] = [];
  const visit = (e: ExpectationFacts, path: Set<string>) => {
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

function pass(ordered: ExpectationFacts[], now: Date, siblingConfirmed: Set<string>): Map<string, Judgement> {
  const results = new Map<string, Judgement>();
  for (const e of ordered) {
    results.set(
      e.id,
      judge({
        ...e,
        now,
        conditionStatus: e.conditionId ? (results.get(e.conditionId)?.status ?? "PENDING") : undefined,
        siblingConfirmed: siblingConfirmed.has(e.id),
      }),
    );
  }
  return results;
}

export function judgeAll(list: ExpectationFacts[], now: Date): Map<string, Judgement> {
  const ordered = conditionsFirst(list);
  const first = pass(ordered, now, new Set());
  // Exclusive answers: when one answer is confirmed, the others are contradicted.
  // Should two reach the threshold at once, the higher score wins; a tie forces neither.
  const losers = new Set<string>();
  const groups = new Map<string, ExpectationFacts[]>();
  for (const e of list) if (e.questionGroup) groups.set(e.questionGroup, [...(groups.get(e.questionGroup) ?? []), e]);
  for (const members of groups.values()) {
    const confirmed = members.filter((m) => first.get(m.id)?.status === "CONFIRMED").sort((a, b) => first.get(b.id)!.netScore - first.get(a.id)!.netScore);
    const [top, runnerUp] = confirmed;
    if (!top || (runnerUp && first.get(runnerUp.id)!.netScore === first.get(top.id)!.netScore)) continue;
    members.filter((m) => m.id !== top.id).forEach((m) => losers.add(m.id));
  }
  return losers.size ? pass(ordered, now, losers) : first;
}
