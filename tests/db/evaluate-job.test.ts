// The evaluate job against real databases (rule v2, docs/decisions/0040):
// history rows carry the day they took effect; a fresh instance judges
// nothing no one decided; deadlines wait for coverage; a past --now writes
// snapshots only; overrides hold; re-running writes nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { setCoverage } from "../../lib/judgement/coverage";
import { overrideStatus, releaseOverride } from "../../lib/judgement/override-status";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const at = (s: string) => new Date(s.length === 10 ? `${s}T06:00:00Z` : s);
const TODAY = at("2026-11-29T10:00:00Z");

async function counts(db: Db) {
  const [changes, snapshots, notifications, revisions, expectations] = await Promise.all([
    db.statusChange.count(),
    db.scoreSnapshot.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.notification.count(),
    db.judgementRevision.count(),
    db.expectation.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { changes, snapshots, notifications, revisions, expectations };
}

describe.each(DATABASE_KINDS)("the evaluate job on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const id = new Map<string, string>();
  const live = (now = TODAY) => runEvaluation(t.db, { now, live: true, jobName: "evaluate" });
  const status = async (key: string) => (await t.db.expectation.findUniqueOrThrow({ where: { id: id.get(key) } })).status;

  const support = async (key: string, occurredOn: string, o: { stance?: string; loggedAt?: Date; decisive?: string; grade?: [string, number] } = {}) =>
    logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn,
        datePrecision: "DAY",
        title: `${key} ${o.stance ?? "STRONGLY_SUPPORTS"} ${occurredOn}`,
        summary: "",
        eventType: "TALKS_MEETINGS",
        sources: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: o.grade?.[0] ?? "A", credibility: o.grade?.[1] ?? 1 }],
        links: [
          {
            expectationId: id.get(key)!,
            stance: o.stance ?? "STRONGLY_SUPPORTS",
            rationale: "Test evidence that meets the criterion as written.",
            decisive: o.decisive ?? "NONE",
          },
        ],
      },
      o.loggedAt ?? TODAY,
    );

  beforeEach(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    // Installed before the simulated today, whatever the wall clock says: runs compare the
    // writes' own stamps (docs/decisions/0050), and a seed stamped later than TODAY would hide
    // what these tests write at TODAY.
    await t.db.expectation.updateMany({ data: { updatedAt: at("2025-01-15") } });
    actors = await createTestActors(t.db);
    for (const e of await t.db.expectation.findMany({ select: { id: true, key: true } })) id.set(e.key, e.id);
  });
  afterAll(async () => t?.drop());

  it("on a fresh instance judges nothing: no status, no history, no notification", async () => {
    await live();
    expect(await t.db.statusChange.count()).toBe(0);
    expect(await t.db.notification.count()).toBe(0);
    expect(new Set((await t.db.expectation.findMany({ select: { status: true } })).map((e) => e.status))).toEqual(new Set(["PENDING"]));
  });

  it("dates a confirmation by the development that tipped it, not by the run, and writes nothing when re-run", async () => {
    await support("talks-resume", "2025-06-01");
    const { id: tipping } = await support("talks-resume", "2025-06-15");
    const result = await live();
    expect(result.changed).toBeGreaterThanOrEqual(2);
    const rows = await t.db.statusChange.findMany({ where: { expectationId: id.get("talks-resume") }, orderBy: { validFrom: "asc" } });
    expect(rows.map((r) => [r.validFrom.toISOString().slice(0, 10), r.toStatus])).toEqual([
      ["2025-06-01", "LEANING_CONFIRMED"],
      ["2025-06-15", "CONFIRMED"],
    ]);
    expect(rows[1]).toMatchObject({ recordedAt: TODAY, ruleVersion: 2, netScore: 4, tippedById: tipping, reason: "judgement.reason.happenedThreshold|net=4" });
    expect(await status("talks-resume")).toBe("CONFIRMED");
    const note = await t.db.notification.findFirstOrThrow({ where: { kind: "CONFIRMED", expectationId: id.get("talks-resume") } });
    expect(note.validOn).toEqual(at("2025-06-15T00:00:00Z"));
    // The series runs daily from the first evidence to today.
    expect(await t.db.scoreSnapshot.count({ where: { expectationId: id.get("talks-resume") } })).toBe(547);

    const before = await counts(t.db);
    await live();
    await runEvaluation(t.db, { now: TODAY, live: true, jobName: "evaluate-daily" });
    expect(await counts(t.db)).toEqual(before);
  });

  it("applies deadlines only once coverage reaches them, with valid day = the deadline", async () => {
    await live();
    expect(await status("us-reaches-out")).toBe("PENDING"); // deadline 2026-01-20 passed, awaiting review
    expect(await status("kim-takes-his-time")).toBe("PENDING");
    // From the deadline on, its series says what it waits for.
    const snap = await t.db.scoreSnapshot.findFirstOrThrow({ where: { expectationId: id.get("us-reaches-out") }, orderBy: { day: "asc" } });
    expect(snap).toMatchObject({ day: at("2026-01-20T00:00:00Z"), status: "PENDING", waiting: JSON.stringify({ kind: "coverage", deadline: 20473 }) });

    await setCoverage(t.db, actors.analyst, { surveyId: (await t.db.survey.findFirstOrThrow()).id, throughDay: "2026-01-31" }, TODAY);
    await live(new Date(TODAY.getTime() + 60_000));
    const rows = await t.db.statusChange.findMany({ where: { expectationId: { in: [id.get("us-reaches-out")!, id.get("kim-takes-his-time")!] } } });
    expect(rows.map((r) => [r.toStatus, r.validFrom.toISOString().slice(0, 10)]).sort()).toEqual([
      ["CONFIRMED", "2026-01-20"],
      ["CONTRADICTED", "2026-01-20"],
    ]);
    expect(await status("talks-resume")).toBe("PENDING"); // its deadline is 2029
  });

  it("a past --now writes snapshots only, never history, live status or notifications", async () => {
    await support("talks-resume", "2025-06-01");
    await support("talks-resume", "2025-06-15");
    await runEvaluation(t.db, { now: at("2025-10-31"), live: false, jobName: "evaluate-daily" });
    expect(await t.db.statusChange.count()).toBe(0);
    expect(await t.db.notification.count()).toBe(0);
    expect(await status("talks-resume")).toBe("PENDING");
    const last = await t.db.scoreSnapshot.findFirstOrThrow({ where: { expectationId: id.get("talks-resume") }, orderBy: { day: "desc" } });
    expect(last).toMatchObject({ day: at("2025-10-31T00:00:00Z"), status: "CONFIRMED", netScore: 4 });
  });

  it("evidence logged late supersedes the history it changes, under one revision, and fixes the series from its day", async () => {
    await support("talks-resume", "2025-06-01");
    await live();
    expect(await t.db.scoreSnapshot.findFirstOrThrow({ where: { expectationId: id.get("talks-resume"), day: at("2025-07-01T00:00:00Z") } })).toMatchObject({
      netScore: 2,
    });
    await support("talks-resume", "2025-05-01", { stance: "STRONGLY_CONTRADICTS", loggedAt: new Date(TODAY.getTime() + 1000) });
    await live(new Date(TODAY.getTime() + 60_000));
    const rows = await t.db.statusChange.findMany({ where: { expectationId: id.get("talks-resume") }, orderBy: [{ validFrom: "asc" }] });
    expect(rows.filter((r) => !r.supersededAt).map((r) => [r.validFrom.toISOString().slice(0, 10), r.fromStatus, r.toStatus])).toEqual([
      ["2025-05-01", "PENDING", "LEANING_CONTRADICTED"],
      ["2025-06-01", "LEANING_CONTRADICTED", "PENDING"],
    ]);
    expect(rows.filter((r) => r.supersededAt).map((r) => r.toStatus)).toEqual(["LEANING_CONFIRMED"]);
    expect(await t.db.judgementRevision.findMany({ select: { cause: true, superseded: true, added: true } })).toEqual([
      { cause: "EVIDENCE", superseded: 1, added: 2 },
    ]);
    expect(await t.db.scoreSnapshot.findFirstOrThrow({ where: { expectationId: id.get("talks-resume"), day: at("2025-07-01T00:00:00Z") } })).toMatchObject({
      netScore: 0,
    });
  });

  it("a decisive link from a good enough source resolves; below the survey's minimum it weighs as strong support", async () => {
    // A3: a reliable source, but information weaker than B2's: weighs 2 x 0.6 = 1.2.
    await support("us-reaches-out", "2025-03-10", { stance: "SUPPORTS", decisive: "MEETS_CONFIRMING", grade: ["A", 3] });
    await live();
    expect(await status("us-reaches-out")).toBe("LEANING_CONFIRMED");
    await support("us-reaches-out", "2025-04-02", { stance: "SUPPORTS", decisive: "MEETS_CONFIRMING", grade: ["B", 2] });
    await live(new Date(TODAY.getTime() + 60_000));
    expect(await status("us-reaches-out")).toBe("CONFIRMED");
    expect((await t.db.statusChange.findFirstOrThrow({ where: { toStatus: "CONFIRMED" } })).validFrom).toEqual(at("2025-04-02T00:00:00Z"));
  });

  it("keeps an override, flags newer evidence once, and applies the rule after release", async () => {
    await overrideStatus(
      t.db,
      actors.analyst,
      id.get("talks-resume")!,
      { status: "CONFIRMED", reason: "Summit announced by both sides." },
      at("2026-11-29T10:00:00Z"),
    );
    await support("talks-resume", "2025-07-02", { stance: "STRONGLY_CONTRADICTS", loggedAt: at("2026-11-29T10:00:01Z") });
    await live(at("2026-11-29T10:01:00Z"));
    await live(at("2026-11-29T10:02:00Z"));
    expect(await status("talks-resume")).toBe("CONFIRMED");
    expect(await t.db.notification.count({ where: { kind: "OVERRIDE_REVIEW", expectationId: id.get("talks-resume") } })).toBe(1);
    await releaseOverride(t.db, actors.analyst, id.get("talks-resume")!, at("2026-11-29T10:03:00Z"));
    await live(at("2026-11-29T10:04:00Z"));
    expect(await status("talks-resume")).toBe("LEANING_CONTRADICTED");
    const rows = await t.db.statusChange.findMany({
      where: { expectationId: id.get("talks-resume"), supersededAt: null },
      orderBy: [{ validFrom: "asc" }, { recordedAt: "asc" }],
    });
    expect(rows.map((c) => [c.mode, c.fromStatus, c.toStatus])).toEqual([
      ["RULE", "PENDING", "LEANING_CONTRADICTED"],
      // What the analyst saw when overriding: the evidence was logged after it (about an earlier day).
      ["OVERRIDE", "PENDING", "CONFIRMED"],
      ["RELEASE", "CONFIRMED", "LEANING_CONTRADICTED"],
    ]);
  });

  it("moving from rule v1 re-judges in valid time and records the change of rule as its own entry", async () => {
    await support("talks-resume", "2025-06-01");
    // A v1 row, as the previous version wrote it: stamped with the job's time.
    await t.db.statusChange.create({
      data: {
        expectationId: id.get("talks-resume")!,
        fromStatus: "PENDING",
        toStatus: "LEANING_CONFIRMED",
        validFrom: at("2026-11-28T10:00:00Z"),
        recordedAt: at("2026-11-28T10:00:00Z"),
        actorType: "JOB",
        jobName: "evaluate",
        ruleVersion: 1,
        reason: "judgement.reason.leaningConfirmed|net=2",
        evidenceIds: "[]",
      },
    });
    await live();
    const revision = await t.db.judgementRevision.findFirstOrThrow({ include: { replaced: true } });
    expect(revision).toMatchObject({ cause: "RULE_VERSION", fromRuleVersion: 1, toRuleVersion: 2, superseded: 1, added: 1 });
    expect(revision.replaced[0]!.ruleVersion).toBe(1);
    expect((await t.db.statusChange.findFirstOrThrow({ where: { supersededAt: null } })).validFrom).toEqual(at("2025-06-01T00:00:00Z"));
    expect(await t.db.notification.count()).toBe(0); // a change of rule is one entry, not a burst of news
  });
});
