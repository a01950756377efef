// A generated record at a chosen size: the seeded IFES baseline plus up to
// 1,000 generated expectations (some conditional, some answers of one
// question, some with deadlines), a year of developments (2025-11-01 ..
// 2026-10-31) with graded sources and evidence links, removals of each kind,
// a few decisive links, a coverage mark and an analyst's override and release.
// Seeded: the same record on every run. The first live evaluation then
// writes the history and a year of daily snapshots (see bench/evaluation.ts).
import type { HandMode } from "../../lib/vocabulary";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { openBulkWriter } from "./bulk-writer";
import { random } from "./generate-developments";

export const RECORD_START = Date.parse("2025-11-01T00:00:00Z");
export const RECORD_DAYS = 365;
/** The evaluation's "today": the day after the generated year. */
export const RECORD_NOW = new Date("2026-11-01T12:00:00Z");
const DAY = 86_400_000;

const STANCES = ["STRONGLY_SUPPORTS", "SUPPORTS", "NEUTRAL", "CONTRADICTS", "STRONGLY_CONTRADICTS"] as const;
const RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;
const EVENT_TYPES = ["TALKS_MEETINGS", "STATEMENT", "MILITARY_ACTIVITY", "MISSILE_TEST", "SANCTIONS", "OTHER"] as const;

export type RecordOptions = { links: number; expectations: number; seed?: number };
export type RecordCounts = { expectations: number; developments: number; sources: number; links: number; removed: number; userId: string };

const id = (prefix: string, i: number) => `${prefix}${i.toString(36).padStart(8, "0")}`;

async function generateExpectations(db: Db, surveyId: string, n: number, r: ReturnType<typeof random>) {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: id("gexp", i),
    surveyId,
    key: `generated-${i}`,
    theme: `generated-theme-${i % 12}`,
    position: 1000 + i,
    statement: `Generated expectation ${i}`,
    kind: i % 4 === 0 ? ("CONTINUITY" as const) : ("OCCURRENCE" as const),
    resolutionCriteria: "Generated for the benchmark.",
    deadline: i % 3 === 0 ? new Date(RECORD_START + (60 + r.int(300)) * DAY) : null,
    confirmThreshold: 2 + r.int(4),
    contradictThreshold: -(2 + r.int(4)),
    // Every tenth and the next are the two answers of one question.
    questionGroup: i % 10 === 0 || i % 10 === 1 ? `generated-q-${Math.floor(i / 10)}` : null,
  }));
  for (let i = 0; i < rows.length; i += 200) await db.expectation.createMany({ data: rows.slice(i, i + 200) });
  // Every fifteenth depends on the one before it.
  for (let i = 15; i < n; i += 15) await db.expectation.update({ where: { id: id("gexp", i) }, data: { conditionId: id("gexp", i - 1) } });
}

export async function generateRecord(db: Db, url: string, o: RecordOptions): Promise<RecordCounts> {
  const r = random(o.seed ?? 20261101);
  const { surveyId } = await seedBaseline(db, ifes2025Baseline);
  const user = await db.user.create({ data: { id: "bench-analyst", name: "Bench Analyst", email: "bench-analyst@example.test", role: "analyst" } });
  await generateExpectations(db, surveyId, o.expectations, r);
  const expectationIds = (await db.expectation.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);

  const w = await openBulkWriter(url);
  const counts: RecordCounts = { expectations: expectationIds.length, developments: 0, sources: 0, links: 0, removed: 0, userId: user.id };
  const devColumns = [
    "id",
    "occurredOn",
    "datePrecision",
    "title",
    "summary",
    "eventType",
    "searchText",
    "version",
    "createdById",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "deletedById",
  ];
  const sourceColumns = ["id", "developmentId", "url", "publisher", "publishedOn", "reliability", "credibility", "createdAt", "deletedAt"];
  const linkColumns = [
    "id",
    "developmentId",
    "expectationId",
    "stance",
    "rationale",
    "origin",
    "decisive",
    "createdById",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "version",
  ];
  const last = RECORD_NOW.getTime() - 12 * 3600_000;
  for (let d = 0; counts.links < o.links; d++) {
    const devId = id("gdev", d);
    const occurred = new Date(RECORD_START + r.int(RECORD_DAYS) * DAY);
    // Logged up to three weeks later ("as known then" differs from "as happened"), never after the
    // last moment, and spread to the millisecond, as a team's writes are.
    const created = new Date(occurred.getTime() + Math.floor(r.next() * Math.min(21 * DAY, last - occurred.getTime())));
    // Removals come up to a day (links: two) after the logging, spread in time like it, never after
    // the last moment: clamping them to it would pile stamps into the incremental runs' margin.
    const later = (within: number) => new Date(created.getTime() + Math.floor(r.next() * Math.min(within, last - created.getTime())));
    const devRemoved = r.next() < 0.01 ? later(DAY) : null;
    const title = `Generated development ${d}`;
    await w.add("Development", devColumns, [
      devId,
      occurred,
      "DAY",
      title,
      "",
      r.pick(EVENT_TYPES),
      title.toLowerCase(),
      1,
      user.id,
      created,
      devRemoved ?? created,
      devRemoved,
      devRemoved ? user.id : null,
    ]);
    counts.developments++;
    counts.removed += devRemoved ? 1 : 0;
    for (let s = 0, n = 1 + r.int(2); s < n; s++) {
      const removed = r.next() < 0.02 ? created : null;
      await w.add("Source", sourceColumns, [
        id("gsrc", counts.sources),
        devId,
        null,
        `Publisher ${r.int(40)}`,
        occurred,
        r.pick(RELIABILITIES),
        1 + r.int(6),
        created,
        removed,
      ]);
      counts.sources++;
    }
    // One or two links, to different expectations.
    const targets = new Set([r.pick(expectationIds)]);
    if (r.next() < 0.5) targets.add(r.pick(expectationIds));
    for (const expectationId of targets) {
      if (counts.links >= o.links) break;
      const roll = r.next();
      const decisive = roll < 0.001 ? "MEETS_CONFIRMING" : roll < 0.002 ? "MEETS_CONTRADICTING" : "NONE";
      const removed = r.next() < 0.01 ? later(2 * DAY) : null;
      await w.add("EvidenceLink", linkColumns, [
        id("glnk", counts.links),
        devId,
        expectationId,
        r.pick(STANCES),
        "Generated.",
        "ANALYST",
        decisive,
        user.id,
        created,
        removed ?? created,
        removed,
        1,
      ]);
      counts.links++;
      counts.removed += removed ? 1 : 0;
    }
  }
  await w.close();

  // Coverage through mid-year: deadlines before it apply, later ones wait for review.
  await db.coverageMark.create({
    data: { surveyId, throughDay: new Date(RECORD_START + 180 * DAY), setById: user.id, setAt: new Date(RECORD_START + 200 * DAY) },
  });
  // An analyst's override on one expectation, and an override later released on another.
  const [held, released] = [expectationIds[expectationIds.length - 1]!, expectationIds[expectationIds.length - 2]!];
  const override = (expectationId: string, mode: HandMode, toStatus: "CONFIRMED" | "CONTRADICTED" | "PENDING", at: number) =>
    db.statusChange.create({
      data: {
        expectationId,
        fromStatus: "PENDING",
        toStatus,
        validFrom: new Date(at),
        recordedAt: new Date(at),
        actorType: "USER",
        userId: user.id,
        mode,
        reason: "Set by hand for the benchmark.",
        evidenceIds: "[]",
      },
    });
  await override(held, "OVERRIDE", "CONFIRMED", RECORD_START + 100 * DAY);
  await override(released, "OVERRIDE", "CONTRADICTED", RECORD_START + 120 * DAY);
  await override(released, "RELEASE", "PENDING", RECORD_START + 150 * DAY);
  // The expectations were written when the year began, as a team's would have been.
  await db.expectation.updateMany({ data: { updatedAt: new Date(RECORD_START) } });
  return counts;
}
