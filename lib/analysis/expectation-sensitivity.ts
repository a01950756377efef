// Sensitivity of one expectation's status on a day (lib/instruments/sensitivity.ts),
// with the records a page needs to name what it found: each development's
// title and day, and each source's outlet for the "one outlet" check.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { loadFacts } from "../judgement/load-facts";
import { tiedGroupOf } from "../judgement/plan-batches";
import { memoOnRecord } from "../judgement/record-memo";
import { parseGrade, type Day, type Facts } from "../judgement/rule";
import { analyseSensitivity, type Sensitivity, type SourceFact } from "../instruments/sensitivity";

export type NamedDevelopment = { id: string; title: string; occurredOn: Date; datePrecision: string };
export type SensitivityView = Sensitivity & {
  developments: Map<string, NamedDevelopment>;
  kind: string;
  deadline: Day | null;
  minDecisiveGrade: string;
  confirmThreshold: number;
  contradictThreshold: number;
};

/** Every live source of the developments linked to one expectation. */
export async function loadSources(db: Db, expectationId: string): Promise<SourceFact[]> {
  const rows = await db.source.findMany({
    where: { deletedAt: null, development: { deletedAt: null, evidenceLinks: { some: { expectationId, deletedAt: null } } } },
    select: { developmentId: true, publisher: true, reliability: true, credibility: true },
  });
  return rows.flatMap((r) => {
    const grade = parseGrade(`${r.reliability}${r.credibility}`);
    return grade ? [{ developmentId: r.developmentId, outlet: r.publisher.trim(), grade }] : [];
  });
}

export async function namedDevelopments(db: Db, ids: Iterable<string>): Promise<Map<string, NamedDevelopment>> {
  const list = [...new Set(ids)];
  const rows = list.length
    ? await db.development.findMany({ where: { id: { in: list } }, select: { id: true, title: true, occurredOn: true, datePrecision: true } })
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The developments a sensitivity names: the heaviest contributions, the flips and the smallest set. */
export function namedIn(s: Sensitivity, contributions = 20): string[] {
  return [
    ...s.contributions.slice(0, contributions).map((c) => c.developmentId),
    ...s.flips.flatMap((f) => f.developmentIds),
    ...(s.smallest?.developmentIds ?? []),
  ];
}

export async function expectationSensitivity(db: Db, actor: Actor | null, o: { id: string; day: Day; facts?: Facts }): Promise<SensitivityView> {
  requireAbility(actor, "read");
  // Given facts are the caller's (a briefing's whole record): computed as they are. Otherwise the
  // result holds until the record changes, whoever reads it (it shows nothing per reader).
  if (o.facts) return computeSensitivity(db, o);
  return memoOnRecord(db, `sensitivity:${o.id}:${o.day}`, () => computeSensitivity(db, o));
}

async function computeSensitivity(db: Db, o: { id: string; day: Day; facts?: Facts }): Promise<SensitivityView> {
  // Its tied group alone replays exactly as within the whole record (docs/decisions/0050), at a fraction of the cost.
  const facts = o.facts ?? (await loadFacts(db, { expectationIds: await tiedGroupOf(db, o.id) }));
  const fact = facts.expectations.find((e) => e.id === o.id);
  if (!fact) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const sources = await loadSources(db, o.id);
  const s = analyseSensitivity({ facts, expectationId: o.id, day: o.day, sources });
  return {
    ...s,
    developments: await namedDevelopments(db, namedIn(s)),
    kind: fact.kind,
    confirmThreshold: fact.confirmThreshold,
    contradictThreshold: fact.contradictThreshold,
    deadline: fact.deadline,
    minDecisiveGrade: `${fact.minDecisiveGrade.reliability}${fact.minDecisiveGrade.credibility}`,
  };
}
