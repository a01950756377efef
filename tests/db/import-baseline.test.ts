// A second survey next to IFES through the admin's baseline import: the
// preview of a file with deliberate mistakes names each by field path and
// writes nothing; the clean file creates the survey; the same file again
// changes nothing; an edited file updates exactly the edited expectations and
// records what changed in the audit log. Run on SQLite and PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBaseline, previewBaseline } from "../../lib/baseline/import-baseline";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { dashboardState } from "../../lib/dashboard/dashboard-state";
import { listExpectationsByTheme } from "../../lib/expectations/list-expectations";
import { dayOf } from "../../lib/judgement/rule";
import { chooseSurvey } from "../../lib/surveys/choose-survey";
import { currentSurvey } from "../../lib/surveys/current-survey";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "../fixtures/baselines", name), "utf8");
const clean = fixture("test-institute-2025.yaml");
const broken = fixture("test-institute-2025-errors.yaml");
const yaml = (text: string) => ({ format: "yaml", text });

describe.each(DATABASE_KINDS)("importing a survey baseline on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;

  async function counts() {
    const db = t.db;
    const [surveys, expectations, reasons, audit] = await Promise.all([
      db.survey.count(),
      db.expectation.count(),
      db.expectationReason.count(),
      db.auditLog.count(),
    ]);
    return { surveys, expectations, reasons, audit };
  }
  async function rowsOf(slug: string) {
    return t.db.expectation.findMany({ where: { survey: { slug } }, orderBy: { key: "asc" }, include: { reasons: { orderBy: { position: "asc" } } } });
  }

  beforeAll(async () => {
    t = await create();
    people = await createTestActors(t.db);
    await seedBaseline(t.db, ifes2025Baseline);
  });
  afterAll(async () => t?.drop());

  it("is for admins only", async () => {
    await expect(previewBaseline(t.db, people.analyst, yaml(clean))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importBaseline(t.db, people.viewer, yaml(clean))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importBaseline(t.db, null, yaml(clean))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("previews a file with mistakes: names every one by field path, writes nothing", async () => {
    const before = await counts();
    const preview = await previewBaseline(t.db, people.admin, yaml(broken));
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    const paths = preview.problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      [
        "survey.titleKo",
        "survey.panelSize",
        "expectations[1].theme",
        "expectations[2].panelShare",
        "expectations[2].kind",
        "expectations[2].deadline",
        "expectations[3]",
      ].sort(),
    );
    expect(preview.problems.find((p) => p.path === "expectations[3]")?.message).toMatch(/confidence/);
    // Confirming the broken file is refused the same way.
    await expect(importBaseline(t.db, people.admin, yaml(broken))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await counts()).toEqual(before);
  });

  it("names a YAML syntax error with its line, and refuses an oversized file", async () => {
    const preview = await previewBaseline(t.db, people.admin, yaml("survey:\n  slug: [unclosed\n"));
    expect(preview).toMatchObject({ ok: false, problems: [{ path: "(file)", message: expect.stringMatching(/YAML/) }] });
    await expect(previewBaseline(t.db, people.admin, yaml("x".repeat(600 * 1024)))).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("previews the clean file as a new survey of four expectations, still writing nothing", async () => {
    const before = await counts();
    const preview = await previewBaseline(t.db, people.admin, yaml(clean));
    expect(preview).toMatchObject({ ok: true, slug: "test-institute-2025", surveyIsNew: true, counts: { created: 4, updated: 0, unchanged: 0 } });
    expect(await counts()).toEqual(before);
  });

  it("imports the clean file next to IFES", async () => {
    const before = await counts();
    const result = await importBaseline(t.db, people.admin, yaml(clean));
    expect(result).toMatchObject({ slug: "test-institute-2025", created: 4, updated: 0, unchanged: 0 });
    const after = await counts();
    expect(after.surveys).toBe(before.surveys + 1);
    expect(after.expectations).toBe(before.expectations + 4);
    const rows = await rowsOf("test-institute-2025");
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get("working-talks-after-summit")?.conditionId).toBe(byKey.get("summit-within-two-years")?.id);
    expect(byKey.get("cost-sharing-settled")?.reasons.map((r) => r.textKo)).toEqual([
      "협정은 새 임기 시작 전에 비준되었다.",
      "재협상에는 양국 의회가 필요하다.",
    ]);
    expect(byKey.get("hotline-restored")?.statementKo).toBe("남북 연락 채널이 복구되어 한 달 동안 응답이 이어진다.");
    // IFES is untouched.
    expect(await t.db.expectation.count({ where: { survey: { slug: "ifes-2025-01" } } })).toBe(ifes2025Baseline.expectations.length);
    const audit = await t.db.auditLog.findMany({ where: { action: { startsWith: "expectation.baseline" } } });
    expect(audit).toHaveLength(4);
    expect(audit.every((a) => a.userId === people.admin.userId && a.action === "expectation.baseline.create")).toBe(true);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await counts();
    const rows = await rowsOf("test-institute-2025");
    const survey = await t.db.survey.findUniqueOrThrow({ where: { slug: "test-institute-2025" } });
    expect(await previewBaseline(t.db, people.admin, yaml(clean))).toMatchObject({
      ok: true,
      surveyIsNew: false,
      counts: { created: 0, updated: 0, unchanged: 4 },
    });
    expect(await importBaseline(t.db, people.admin, yaml(clean))).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await counts()).toEqual(before); // not even an audit row
    expect(await rowsOf("test-institute-2025")).toEqual(rows); // same rows, same updatedAt
    expect(await t.db.survey.findUniqueOrThrow({ where: { slug: "test-institute-2025" } })).toEqual(survey);
  });

  it("updates exactly the edited expectations from an edited file, and audits what changed", async () => {
    const edited = clean
      .replace("panelShare: 0.2\n", "panelShare: 0.24\n")
      .replace("      - Reopening it would need both legislatures.\n", "      - Reopening it would need both legislatures to agree again.\n");
    expect(edited).not.toBe(clean);
    const before = await rowsOf("test-institute-2025");
    const preview = await previewBaseline(t.db, people.admin, yaml(edited));
    expect(preview).toMatchObject({ ok: true, counts: { created: 0, updated: 2, unchanged: 2 } });
    if (!preview.ok) return;
    expect(preview.rows.filter((r) => r.change === "updated").map((r) => [r.key, r.changed])).toEqual([
      ["hotline-restored", ["panelShare"]],
      ["cost-sharing-settled", ["reasons"]],
    ]);

    const auditBefore = await t.db.auditLog.count();
    expect(await importBaseline(t.db, people.admin, yaml(edited))).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
    const after = await rowsOf("test-institute-2025");
    const changed = after.filter((row) => JSON.stringify(row) !== JSON.stringify(before.find((b) => b.id === row.id)));
    expect(changed.map((r) => r.key).sort()).toEqual(["cost-sharing-settled", "hotline-restored"]);
    expect(after.find((r) => r.key === "hotline-restored")?.panelShare).toBe(0.24);
    expect(after.find((r) => r.key === "cost-sharing-settled")?.reasons[1]?.text).toBe("Reopening it would need both legislatures to agree again.");

    const audit = await t.db.auditLog.findMany({ where: { action: "expectation.baseline.update" }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(2);
    const hotline = audit.find((a) => a.entityId === after.find((r) => r.key === "hotline-restored")!.id)!;
    expect(JSON.parse(hotline.changes!)).toMatchObject({
      survey: "test-institute-2025",
      key: "hotline-restored",
      before: { panelShare: 0.2 },
      after: { panelShare: 0.24 },
    });
    // two expectation rows and one survey row
    expect(await t.db.auditLog.count()).toBe(auditBefore + 3);

    // and the edited file again: nothing
    expect(await importBaseline(t.db, people.admin, yaml(edited))).toMatchObject({ updated: 0, unchanged: 4 });
    expect(await t.db.auditLog.count()).toBe(auditBefore + 3);
  });

  it("reads the IFES baseline data file through the same path: nothing to change", async () => {
    const text = fs.readFileSync(path.join(__dirname, "../../prisma/baseline/ifes-2025.yaml"), "utf8");
    expect(await previewBaseline(t.db, people.admin, yaml(text))).toMatchObject({
      ok: true,
      slug: "ifes-2025-01",
      counts: { created: 0, updated: 0, unchanged: ifes2025Baseline.expectations.length },
    });
  });

  it("remembers per person which survey they look at, and scopes the pages' queries by it", async () => {
    const db = t.db;
    expect((await currentSurvey(db, people.admin))?.slug).toBe("ifes-2025-01"); // the first loaded
    await chooseSurvey(db, people.viewer, { survey: "test-institute-2025" });
    expect((await currentSurvey(db, people.viewer))?.slug).toBe("test-institute-2025");
    expect((await currentSurvey(db, people.admin))?.slug).toBe("ifes-2025-01"); // someone else's choice
    await expect(chooseSurvey(db, people.viewer, { survey: "no-such-survey" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(chooseSurvey(db, null, { survey: "ifes-2025-01" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await currentSurvey(db, people.viewer))?.slug).toBe("test-institute-2025");

    const test = (await currentSurvey(db, people.viewer))!;
    const groups = await listExpectationsByTheme(db, people.viewer, { surveyId: test.id });
    expect(groups.flatMap((g) => g.expectations.map((e) => e.key)).sort()).toEqual([
      "cost-sharing-settled",
      "hotline-restored",
      "summit-within-two-years",
      "working-talks-after-summit",
    ]);
    const view = { day: dayOf(new Date("2025-12-01T00:00:00Z")), knownThen: false };
    const state = await dashboardState(db, people.viewer, view, { surveyId: test.id });
    expect(state.expectations).toHaveLength(4);
    expect(Object.values(state.counts).reduce((a, b) => a + b, 0)).toBe(4);
    const ifes = await dashboardState(db, people.viewer, view, { surveyId: (await currentSurvey(db, people.admin))!.id });
    expect(ifes.expectations).toHaveLength(ifes2025Baseline.expectations.length);
  });
});
