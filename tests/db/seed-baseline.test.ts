// seedBaseline against a real, migrated SQLite file: it loads the IFES 2025
// baseline in English and Korean, a second run writes nothing, a change in
// either language is written, and judgements survive re-seeding.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { createDb, type Db } from "../../lib/db-client";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";

let dir: string;
let db: Db;

const total = ifes2025Baseline.expectations.length;
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function snapshot() {
  const surveys = await db.survey.findMany({ orderBy: { id: "asc" } });
  const expectations = await db.expectation.findMany({ orderBy: { id: "asc" } });
  const reasons = await db.expectationReason.findMany({ orderBy: { id: "asc" } });
  return { surveys, expectations, reasons };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-baseline-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateSqlite(url);
  db = createDb(url);
});

afterAll(async () => {
  await db?.$disconnect();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("seedBaseline", () => {
  it("creates the survey and every expectation on the first run", async () => {
    const result = await seedBaseline(db, ifes2025Baseline);
    expect(result).toMatchObject({ created: total, updated: 0, unchanged: 0 });

    const survey = await db.survey.findUniqueOrThrow({ where: { slug: "ifes-2025-01" } });
    expect(survey.id).toBe(result.surveyId);
    expect(survey.panelSize).toBe(40);
    expect(survey.mode).toBe("online");
    expect(survey.fieldworkStart).toEqual(utc("2025-01-10"));
    expect(survey.fieldworkEnd).toEqual(utc("2025-01-20"));
    expect(survey.publishedOn).toEqual(utc("2025-02-05"));
  });

  it("stores the expectations with their shares, kinds, deadlines, reasons and positions", async () => {
    const rows = await db.expectation.findMany({ include: { reasons: { orderBy: { position: "asc" } } } });
    expect(rows).toHaveLength(total);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get("no-substantial-results")?.panelShare).toBe(0.7);
    expect(byKey.get("inter-korean-tension-persists")?.panelShare).toBe(0.6);
    expect(byKey.get("alliance-maintained")?.panelShare).toBe(0.58);
    expect(byKey.get("alliance-weakened")?.panelShare).toBe(0.4);
    expect(byKey.get("talks-resume")?.panelShare).toBeNull();
    expect(byKey.get("alliance-weakened")?.kind).toBe("OCCURRENCE");
    expect(byKey.get("alliance-maintained")?.kind).toBe("CONTINUITY");
    expect(byKey.get("us-reaches-out")?.deadline).toEqual(utc("2026-01-20"));
    expect(byKey.get("alliance-weakened")?.questionGroup).toBe("rok-us-relations");
    expect(byKey.get("us-reaches-out")?.reasons.map((r) => r.position)).toEqual([0, 1, 2]);
    for (const row of rows) expect(row.status).toBe("PENDING");

    // position = index within the theme, in baseline order
    for (const theme of new Set(ifes2025Baseline.expectations.map((e) => e.theme))) {
      const keys = ifes2025Baseline.expectations.filter((e) => e.theme === theme).map((e) => e.key);
      keys.forEach((key, i) => expect(byKey.get(key)?.position, key).toBe(i));
    }
  });

  it("stores the Korean texts next to the English ones", async () => {
    const survey = await db.survey.findUniqueOrThrow({ where: { slug: "ifes-2025-01" } });
    expect(survey.titleKo).toBe(ifes2025Baseline.survey.titleKo);
    expect(survey.organisationKo).toBe(ifes2025Baseline.survey.organisationKo);

    const rows = await db.expectation.findMany({ include: { reasons: { orderBy: { position: "asc" } } } });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const e of ifes2025Baseline.expectations) {
      const row = byKey.get(e.key)!;
      expect(row.statementKo, e.key).toBe(e.statementKo);
      expect(row.resolutionCriteriaKo, e.key).toBe(e.resolutionCriteriaKo);
      expect(row.answerLabelKo, e.key).toBe(e.answerLabelKo);
      expect(
        row.reasons.map((r) => [r.text, r.textKo]),
        e.key,
      ).toEqual(e.reasons.map((text, i) => [text, e.reasonsKo[i]]));
    }
    expect(byKey.get("alliance-weakened")?.answerLabelKo).not.toBeNull();
    expect(byKey.get("talks-resume")?.answerLabelKo).toBeNull();
  });

  it("links conditions by id", async () => {
    const talks = await db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    const noResults = await db.expectation.findFirstOrThrow({ where: { key: "no-substantial-results" } });
    const armsControl = await db.expectation.findFirstOrThrow({ where: { key: "arms-control-agenda" } });
    expect(noResults.conditionId).toBe(talks.id);
    expect(armsControl.conditionId).toBe(talks.id);
    expect(talks.conditionId).toBeNull();
  });

  it("changes nothing on a second run", async () => {
    const before = await snapshot();
    const result = await seedBaseline(db, ifes2025Baseline);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: total });
    const after = await snapshot();
    expect(after.surveys).toEqual(before.surveys); // includes updatedAt
    expect(after.expectations).toEqual(before.expectations);
    expect(after.reasons).toEqual(before.reasons); // same rows, same ids: not replaced
  });

  it("keeps a judgement made by someone else when re-seeding", async () => {
    const changedAt = new Date("2025-06-30T12:00:00.000Z");
    const judged = await db.expectation.update({
      where: { surveyId_key: { surveyId: (await db.survey.findFirstOrThrow()).id, key: "us-reaches-out" } },
      data: { status: "CONFIRMED", statusChangedAt: changedAt, confirmThreshold: 4, version: { increment: 1 } },
    });
    const result = await seedBaseline(db, ifes2025Baseline);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: total });
    const after = await db.expectation.findUniqueOrThrow({ where: { id: judged.id } });
    expect(after.status).toBe("CONFIRMED");
    expect(after.statusChangedAt).toEqual(changedAt);
    expect(after.confirmThreshold).toBe(4);
    expect(after.version).toBe(2);
    expect(after.updatedAt).toEqual(judged.updatedAt);
  });

  it("updates only what changed in the baseline, still keeping the judgement", async () => {
    const edited = structuredClone(ifes2025Baseline);
    const target = edited.expectations.find((e) => e.key === "us-reaches-out")!;
    target.statement = `${target.statement} (edited)`;
    target.reasons = target.reasons.slice(0, 2);
    target.reasonsKo = target.reasonsKo.slice(0, 2);
    const result = await seedBaseline(db, edited);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: total - 1 });
    const row = await db.expectation.findFirstOrThrow({ where: { key: "us-reaches-out" }, include: { reasons: true } });
    expect(row.statement).toMatch(/\(edited\)$/);
    expect(row.reasons).toHaveLength(2);
    expect(row.reasons.map((r) => r.textKo).sort()).toEqual(target.reasonsKo.slice().sort());
    expect(row.status).toBe("CONFIRMED");

    // back to the baseline: one update, then nothing again
    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 1 });
    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 0, unchanged: total });
    expect(await db.expectation.count()).toBe(total);
    expect(await db.survey.count()).toBe(1);
  });

  it("updates exactly one expectation when only a Korean text changes", async () => {
    const before = await snapshot();
    const edited = structuredClone(ifes2025Baseline);
    const target = edited.expectations.find((e) => e.key === "talks-resume")!;
    target.statementKo = `${target.statementKo} (수정)`;
    const result = await seedBaseline(db, edited);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: total - 1 });
    const row = await db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    expect(row.statementKo).toMatch(/\(수정\)$/);
    expect(row.statement).toBe(target.statement);
    // nothing else moved: the survey, the other expectations, every reason
    const after = await snapshot();
    expect(after.surveys).toEqual(before.surveys);
    expect(after.reasons).toEqual(before.reasons);
    expect(after.expectations.filter((e) => e.key !== "talks-resume")).toEqual(before.expectations.filter((e) => e.key !== "talks-resume"));

    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 1 });
    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 0, unchanged: total });
  });

  it("compares reasons on their Korean text too", async () => {
    const edited = structuredClone(ifes2025Baseline);
    const target = edited.expectations.find((e) => e.key === "alliance-weakened")!;
    target.reasonsKo = target.reasonsKo.map((r, i) => (i === 1 ? `${r} (수정)` : r));
    const result = await seedBaseline(db, edited);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: total - 1 });
    const row = await db.expectation.findFirstOrThrow({
      where: { key: "alliance-weakened" },
      include: { reasons: { orderBy: { position: "asc" } } },
    });
    expect(row.reasons.map((r) => r.text)).toEqual(target.reasons); // English untouched
    expect(row.reasons.map((r) => r.textKo)).toEqual(target.reasonsKo);

    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 1 });
    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 0, unchanged: total });
  });

  it("updates the survey alone when only its Korean title changes", async () => {
    const before = await snapshot();
    const edited = structuredClone(ifes2025Baseline);
    edited.survey.titleKo = `${edited.survey.titleKo} (수정)`;
    const result = await seedBaseline(db, edited);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: total });
    const after = await snapshot();
    expect(after.surveys[0]!.titleKo).toBe(edited.survey.titleKo);
    expect(after.surveys[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(before.surveys[0]!.updatedAt.getTime());
    expect(after.expectations).toEqual(before.expectations);

    await seedBaseline(db, ifes2025Baseline);
    const restored = await snapshot();
    expect(restored.surveys[0]!.titleKo).toBe(ifes2025Baseline.survey.titleKo);
    expect(await seedBaseline(db, ifes2025Baseline)).toMatchObject({ updated: 0, unchanged: total });
    expect(await snapshot()).toEqual(restored);
  });

  it("refuses an invalid baseline before writing anything", async () => {
    const before = await snapshot();
    const bad = structuredClone(ifes2025Baseline);
    bad.expectations[0]!.panelShare = 1.4;
    await expect(seedBaseline(db, bad)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
