// No drift between the flat SQL facts the evaluation loads (load-facts.ts, in
// batches of tied expectations: plan-batches.ts) and an independent path that
// walks the object graph through Prisma includes, on a generated record with
// removals, decisive links, conditions, question groups, deadlines, coverage
// and overrides. Both give the same statuses and nets, today and as known on
// past days; the batched, incremental live runs write exactly those.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRecord, RECORD_NOW } from "../../bench/lib/generate-record";
import type { Db } from "../../lib/db-client";
import { loadFacts } from "../../lib/judgement/load-facts";
import { planBatches } from "../../lib/judgement/plan-batches";
import { bestGrade, dayOf, endOfDay, parseGrade, replay, type Facts, type Grade, type Status } from "../../lib/judgement/rule";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

/** The object-graph path: every expectation with its links, their developments and sources. */
async function loadFactsByIncludes(db: Db): Promise<Facts> {
  const expectations = await db.expectation.findMany({
    include: { survey: true, evidenceLinks: { include: { development: { include: { sources: true } } } } },
  });
  const overrides = await db.statusChange.findMany({ where: { mode: { in: ["OVERRIDE", "RELEASE"] }, supersededAt: null } });
  const coverage = await db.coverageMark.findMany();
  return {
    expectations: expectations.map((e) => ({
      id: e.id,
      surveyId: e.surveyId,
      kind: e.kind,
      deadline: e.deadline ? dayOf(e.deadline) : null,
      confirmThreshold: e.confirmThreshold,
      contradictThreshold: e.contradictThreshold,
      conditionId: e.conditionId,
      questionGroup: e.questionGroup,
      minDecisiveGrade: parseGrade(e.survey.minDecisiveGrade)!,
    })),
    links: expectations.flatMap((e) =>
      e.evidenceLinks.map((l) => {
        const removed = [l.deletedAt, l.development.deletedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
        const grades = l.development.sources
          .filter((s) => s.deletedAt === null)
          .map((s): Grade => ({ reliability: s.reliability, credibility: s.credibility }));
        return {
          linkId: l.id,
          developmentId: l.developmentId,
          expectationId: e.id,
          day: dayOf(l.development.occurredOn),
          recordedAt: Math.max(l.createdAt.getTime(), l.development.createdAt.getTime()),
          removedAt: removed.length ? Math.min(...removed) : null,
          stance: l.stance,
          decisive: l.decisive,
          grade: bestGrade(grades),
        };
      }),
    ),
    overrides: overrides
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())
      .map((o) => ({ expectationId: o.expectationId, mode: o.mode as "OVERRIDE" | "RELEASE", status: o.toStatus as Status, at: o.recordedAt.getTime() })),
    coverage: coverage.map((c) => ({ surveyId: c.surveyId, throughDay: dayOf(c.throughDay), setAt: c.setAt.getTime() })),
  };
}

type Verdicts = Record<string, [string, number]>;
const verdicts = (facts: Facts, until: number, knownBy?: number): Verdicts =>
  Object.fromEntries([...replay(facts, { until, knownBy }).final].map(([id, j]) => [id, [j.status, j.net]]));

const TODAY = dayOf(RECORD_NOW);
const PAST_DAYS = ["2025-12-31", "2026-03-15", "2026-07-01", "2026-10-01"].map((d) => dayOf(new Date(`${d}T00:00:00Z`)));

/** What the live runs wrote: each expectation's status, and its snapshot net today. */
async function written(db: Db): Promise<Verdicts> {
  const rows = await db.expectation.findMany({
    select: { id: true, status: true, scoreSnapshots: { where: { day: new Date(TODAY * 86_400_000) }, select: { netScore: true } } },
  });
  return Object.fromEntries(rows.map((e) => [e.id, [e.status, e.scoreSnapshots[0]?.netScore ?? 0]]));
}

describe.each(DATABASE_KINDS)("flat SQL facts against the object graph, on $kind", ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
    await generateRecord(t.db, t.url, { links: 3000, expectations: 60 });
  }, 300_000);
  afterAll(async () => t?.drop());

  it("gives the same statuses and nets today and as known on past days, whole or in batches", async () => {
    const graph = await loadFactsByIncludes(t.db);
    const flat = await loadFacts(t.db);
    expect(flat.links.length).toBe(graph.links.length);
    const today = verdicts(graph, TODAY);
    // The record is varied enough to mean something: several statuses, removed links, ungraded ones.
    expect(new Set(Object.values(today).map(([s]) => s)).size).toBeGreaterThanOrEqual(3);
    expect(graph.links.some((l) => l.removedAt !== null)).toBe(true);
    expect(verdicts(flat, TODAY)).toEqual(today);
    for (const day of PAST_DAYS) expect(verdicts(flat, day, endOfDay(day))).toEqual(verdicts(graph, day, endOfDay(day)));

    // Small batches: each tied group replayed on its own gives its part of the whole.
    const batches = await planBatches(t.db, { maxLinks: 200 });
    expect(batches.length).toBeGreaterThan(5);
    const joined: Verdicts = {};
    for (const batch of batches) Object.assign(joined, verdicts(await loadFacts(t.db, { expectationIds: batch }), TODAY));
    expect(joined).toEqual(today);
  }, 300_000);

  it("the live runs, full and then incremental after new and removed links, write what the object graph says", async () => {
    const first = await runEvaluation(t.db, { now: RECORD_NOW, live: true, jobName: "evaluate" });
    expect(first.full).toBe(1);
    const before = await written(t.db);
    expect(before).toEqual(verdicts(await loadFactsByIncludes(t.db), TODAY));

    // An analyst, an hour before the next run: two strong A1 links to one expectation, and one link removed elsewhere.
    const at = new Date(RECORD_NOW.getTime() - 3600_000);
    const [target, other] = await t.db.expectation.findMany({
      where: { key: { startsWith: "generated-" }, questionGroup: null, conditionId: null, deadline: null, dependents: { none: {} } },
      take: 2,
      orderBy: { key: "asc" },
    });
    for (const day of ["2026-04-02", "2026-04-03"])
      await t.db.development.create({
        data: {
          occurredOn: new Date(`${day}T00:00:00Z`),
          title: `Late ${day}`,
          summary: "",
          eventType: "STATEMENT",
          createdById: "bench-analyst",
          createdAt: at,
          updatedAt: at,
          sources: { create: [{ publisher: "Yonhap", reliability: "A", credibility: 1, createdAt: at }] },
          evidenceLinks: {
            create: [
              { expectationId: target!.id, stance: "STRONGLY_SUPPORTS", rationale: "Late.", createdById: "bench-analyst", createdAt: at, updatedAt: at },
            ],
          },
        },
      });
    const gone = await t.db.evidenceLink.findFirstOrThrow({ where: { expectationId: other!.id, deletedAt: null } });
    await t.db.evidenceLink.update({ where: { id: gone.id }, data: { deletedAt: at, updatedAt: at } });

    const next = await runEvaluation(t.db, { now: RECORD_NOW, live: true, jobName: "evaluate" });
    expect(next.full).toBe(0);
    expect(next.judged).toBeLessThan(10); // the two touched expectations, not the record
    const expected = verdicts(await loadFactsByIncludes(t.db), TODAY);
    expect(await written(t.db)).toEqual(expected);
    expect(expected[target!.id]![1]).toBeGreaterThan(before[target!.id]![1]);

    const idle = await runEvaluation(t.db, { now: RECORD_NOW, live: true, jobName: "evaluate" });
    expect(idle).toMatchObject({ judged: 0, batches: 0 });
  }, 300_000);
});
