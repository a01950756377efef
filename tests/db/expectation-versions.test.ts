// Editing an expectation keeps its history (docs/decisions/0095), on SQLite and
// PostgreSQL: an edit of the deadline with a reason is version 2 with who, when
// and why; the next (incremental) evaluation re-judges and the status history
// says it was judged under version 2; version 1 stays readable; a viewer, and an
// analyst without the setting, cannot edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { editExpectation } from "../../lib/expectations/edit-expectation";
import { listVersions } from "../../lib/expectations/list-versions";
import { setCoverage } from "../../lib/judgement/coverage";
import { getJudgementView } from "../../lib/judgement/get-judgement-view";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const TODAY = new Date("2026-11-29T10:00:00Z");
const LATER = new Date("2026-11-29T10:20:00Z");
const REASON = "The survey report's wording points to the first autumn, not a full year.";

async function written(db: Db) {
  const [versions, audit, expectation] = await Promise.all([
    db.expectationVersion.count(),
    db.auditLog.count(),
    db.expectation.findMany({ select: { id: true, version: true, deadline: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { versions, audit, expectation };
}

describe.each(DATABASE_KINDS)("versioned edits on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let id: string;
  const edit = { deadline: "2025-10-31", reason: REASON, expectedVersion: "1" };

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    // "The administration reaches out early", deadline 20 Jan 2026; one supporting report.
    id = (await t.db.expectation.findFirstOrThrow({ where: { key: "us-reaches-out" } })).id;
    await logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-03-01",
        datePrecision: "DAY",
        title: "Officials hint at a letter to Pyongyang",
        summary: "",
        eventType: "STATEMENT",
        sources: [{ url: "https://example.org/hint", publisher: "Yonhap", reliability: "A", credibility: 1 }],
        links: [{ expectationId: id, stance: "SUPPORTS", rationale: "A hint of outreach, not yet an attempt.", decisive: "NONE" }],
      },
      new Date("2025-03-02T09:00:00Z"),
    );
    const survey = (await t.db.survey.findFirstOrThrow()).id;
    // Reviewed through 1 Dec 2025: past a deadline of 31 Oct 2025, short of 20 Jan 2026.
    await setCoverage(t.db, actors.analyst, { surveyId: survey, throughDay: "2025-12-01" }, new Date("2025-12-02T09:00:00Z"));
    await runEvaluation(t.db, { now: TODAY, live: true, jobName: "evaluate" });
  });
  afterAll(async () => t?.drop());

  it("before the edit: leaning confirmed under the first deadline, judged under version 1", async () => {
    const row = await t.db.expectation.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version]).toEqual(["LEANING_CONFIRMED", 1]);
    const changes = await t.db.statusChange.findMany({ where: { expectationId: id }, select: { toStatus: true, expectationVersion: true } });
    expect(changes).toEqual([{ toStatus: "LEANING_CONFIRMED", expectationVersion: 1 }]);
  });

  it.each([
    ["no session", null, "UNAUTHENTICATED", false],
    ["a viewer", "viewer", "FORBIDDEN", true],
    ["an analyst without the setting", "analyst", "FORBIDDEN", false],
  ] as const)("refuses an edit from %s and writes nothing", async (_label, role, code, analystsMayEdit) => {
    const before = await written(t.db);
    await expect(editExpectation(t.db, role ? actors[role] : null, id, edit, { analystsMayEdit, now: LATER })).rejects.toMatchObject({ code });
    expect(await written(t.db)).toEqual(before);
  });

  it.each([
    ["without a reason", { deadline: "2025-10-31", expectedVersion: "1" }, { reason: ["validation.enterChangeReason"] }],
    ["with a blank reason", { deadline: "2025-10-31", reason: "   ", expectedVersion: "1" }, { reason: ["validation.enterChangeReason"] }],
    ["with an impossible day", { deadline: "2025-02-30", reason: REASON, expectedVersion: "1" }, { deadline: ["validation.realDate"] }],
    ["with itself as its condition", { conditionId: "self", reason: REASON, expectedVersion: "1" }, { conditionId: ["expectationEdit.errors.badCondition"] }],
  ])("refuses an edit %s, field by field, and writes nothing", async (_label, input, fieldErrors) => {
    const before = await written(t.db);
    const raw = { ...input, ...("conditionId" in input ? { conditionId: id } : {}) };
    await expect(editExpectation(t.db, actors.admin, id, raw, { analystsMayEdit: false, now: LATER })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors,
    });
    expect(await written(t.db)).toEqual(before);
  });

  it("saves the admin's deadline edit as version 2 with who, when and why; version 1 stays as it was", async () => {
    const result = await editExpectation(t.db, actors.admin, id, edit, { analystsMayEdit: false, now: LATER });
    expect(result).toEqual({ version: 2, changed: ["deadline"] });
    const [v2, v1] = await listVersions(t.db, actors.viewer, id);
    expect(v2).toMatchObject({ number: 2, editedBy: "Ada Admin", editedAt: LATER, reason: REASON, changed: ["deadline"], judgedAt: null });
    expect(v2!.fields.deadline).toBe("2025-10-31");
    expect(v1).toMatchObject({ number: 1, editedBy: null, reason: null, changed: [] });
    expect(v1!.fields).toMatchObject({ deadline: "2026-01-20", confirmThreshold: 3 });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "expectation.edit", entityId: id } });
    expect(JSON.parse(audit.changes!)).toEqual({ version: 2, reason: REASON, before: { deadline: "2026-01-20" }, after: { deadline: "2025-10-31" } });
    // A second save from the same (now stale) form is refused, not merged.
    await expect(editExpectation(t.db, actors.admin, id, { ...edit, deadline: "2025-11-30" }, { analystsMayEdit: false, now: LATER })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("the next evaluation picks the edit up incrementally, re-judges under version 2 and says so in the history", async () => {
    const counts = await runEvaluation(t.db, { now: new Date(LATER.getTime() + 60_000), live: true, jobName: "evaluate" });
    expect(counts.full).toBe(0);
    expect(counts.judged).toBeGreaterThanOrEqual(1);
    const row = await t.db.expectation.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("CONTRADICTED");
    const view = await getJudgementView(t.db, actors.viewer, id, LATER);
    expect(view.history.map((h) => [h.toStatus, h.validFrom.toISOString().slice(0, 10), h.expectationVersion])).toEqual([
      ["CONTRADICTED", "2025-10-31", 2],
      ["LEANING_CONFIRMED", "2025-03-01", 1],
    ]);
    const [v2] = await listVersions(t.db, actors.viewer, id);
    expect(v2!.judgedAt).not.toBeNull();
    expect(v2!.judgedChanges).toMatchObject([{ from: "LEANING_CONFIRMED", to: "CONTRADICTED", superseded: false }]);
    const latest = await t.db.scoreSnapshot.findFirstOrThrow({ where: { expectationId: id }, orderBy: { day: "desc" } });
    expect([latest.status, latest.expectationVersion]).toEqual(["CONTRADICTED", 2]);
    // Re-running writes nothing more.
    const again = await runEvaluation(t.db, { now: new Date(LATER.getTime() + 120_000), live: true, jobName: "evaluate" });
    expect(again.changed + again.superseded + again.snapshots).toBe(0);
  });

  it("moving the deadline back re-judges as a revision caused by the edit, nothing overwritten", async () => {
    await editExpectation(
      t.db,
      actors.analyst,
      id,
      { deadline: "2026-01-20", reason: "Back to the survey's own year.", expectedVersion: "2" },
      { analystsMayEdit: true, now: LATER },
    );
    await runEvaluation(t.db, { now: new Date(LATER.getTime() + 180_000), live: true, jobName: "evaluate" });
    const view = await getJudgementView(t.db, actors.viewer, id, LATER);
    expect(view.history.map((h) => h.toStatus)).toEqual(["LEANING_CONFIRMED"]);
    expect(view.superseded.map((h) => [h.toStatus, h.expectationVersion])).toEqual([["CONTRADICTED", 2]]);
    expect(view.revisions).toMatchObject([{ cause: "EXPECTATION_EDIT", expectationVersion: 3, superseded: 1, added: 0 }]);
    expect((await listVersions(t.db, actors.viewer, id)).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it("changes signposts as a version too: one added, then it is removed (softly) for another; a label without words is refused", async () => {
    const o = { analystsMayEdit: false, now: LATER };
    const before = await written(t.db);
    await expect(editExpectation(t.db, actors.admin, id, { signpostLabel: "Envoy named", reason: REASON, expectedVersion: "3" }, o)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { signpostTerms: ["expectationEdit.errors.signpostTerms"], signpostStance: ["validation.chooseStance"] },
    });
    expect(await written(t.db)).toEqual(before);

    const add = {
      signpostLabel: "Letter sent",
      signpostTerms: "letter, 친서",
      signpostStance: "STRONGLY_SUPPORTS",
      reason: "A letter is the plainest sign of outreach.",
    };
    expect(await editExpectation(t.db, actors.admin, id, { ...add, expectedVersion: "3" }, o)).toEqual({ version: 4, changed: ["signposts"] });
    const letter = await t.db.signpost.findUniqueOrThrow({ where: { expectationId_label: { expectationId: id, label: "Letter sent" } } });

    const result = await editExpectation(
      t.db,
      actors.admin,
      id,
      {
        removeSignposts: [letter.id],
        signpostLabel: "Envoy named",
        signpostTerms: "special envoy, envoy, 특사, ",
        signpostStance: "SUPPORTS",
        reason: "Letters are too common in the record; an envoy is the clearer sign.",
        expectedVersion: "4",
      },
      o,
    );
    expect(result).toEqual({ version: 5, changed: ["signposts"] });
    expect((await t.db.signpost.findUniqueOrThrow({ where: { id: letter.id } })).deletedAt).toEqual(LATER);
    const envoy = await t.db.signpost.findUniqueOrThrow({ where: { expectationId_label: { expectationId: id, label: "Envoy named" } } });
    expect([JSON.parse(envoy.terms), envoy.stance, envoy.deletedAt]).toEqual([["special envoy", "envoy", "특사"], "SUPPORTS", null]);
    const [v5, v4] = await listVersions(t.db, actors.viewer, id);
    expect(v4!.fields.signposts).toEqual([{ label: "Letter sent", terms: ["letter", "친서"], stance: "STRONGLY_SUPPORTS" }]);
    expect(v5!.fields.signposts).toEqual([{ label: "Envoy named", terms: ["special envoy", "envoy", "특사"], stance: "SUPPORTS" }]);
  });
});
