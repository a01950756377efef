// The evaluate job against real databases: it writes a status change only when
// the status changes, each with its snapshot and notification; deadlines apply
// on time; overrides hold; a run killed part-way leaves nothing half-written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { overrideStatus, releaseOverride } from "../../lib/judgement/override-status";
import { runEvaluation, utcMidnight } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const at = (s: string) => new Date(`${s}T06:00:00Z`);

async function counts(db: Db) {
  const [changes, snapshots, notifications, expectations] = await Promise.all([
    db.statusChange.count(),
    db.scoreSnapshot.count(),
    db.notification.count(),
    db.expectation.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { changes, snapshots, notifications, expectations };
}

/** Every job status change has the day's snapshot with the same status, and the expectation agrees. */
async function expectConsistent(db: Db) {
  const changes = await db.statusChange.findMany({ where: { actorType: "JOB" }, orderBy: { changedAt: "asc" } });
  for (const c of changes) {
    const snap = await db.scoreSnapshot.findUnique({ where: { expectationId_day: { expectationId: c.expectationId, day: utcMidnight(c.changedAt) } } });
    expect(snap, `snapshot for ${c.expectationId}`).not.toBeNull();
  }
  const expectations = await db.expectation.findMany({ include: { statusChanges: { orderBy: { changedAt: "desc" }, take: 1 } } });
  for (const e of expectations) if (e.statusChanges[0]) expect(e.status).toBe(e.statusChanges[0].toStatus);
}

describe.each(DATABASE_KINDS)("the evaluate job on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const id = new Map<string, string>();

  const support = async (key: string, occurredOn: string, stance = "STRONGLY_SUPPORTS") =>
    logDevelopment(t.db, actors.analyst, {
      occurredOn, datePrecision: "DAY", title: `${key} ${stance} ${occurredOn}`, summary: "", eventType: "TALKS_MEETINGS",
      sources: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: "A", credibility: 1 }],
      links: [{ expectationId: id.get(key)!, stance, rationale: "Test evidence." }],
    }, at("2026-11-01"));

  beforeEach(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    for (const e of await t.db.expectation.findMany({ select: { id: true, key: true } })) id.set(e.key, e.id);
  });
  afterAll(async () => t?.drop());

  it("confirms with its reason and evidence, notifies, snapshots, and writes nothing when re-run", async () => {
    await support("talks-resume", "2025-06-01");
    await support("talks-resume", "2025-06-15");
    const result = await runEvaluation(t.db, { now: at("2025-06-30"), jobName: "evaluate" });
    expect(result.changed).toBeGreaterThanOrEqual(1);
    const talks = await t.db.expectation.findUniqueOrThrow({ where: { id: id.get("talks-resume") }, include: { statusChanges: true } });
    expect(talks.status).toBe("CONFIRMED");
    expect(talks.statusChanges[0]).toMatchObject({ fromStatus: "PENDING", toStatus: "CONFIRMED", actorType: "JOB", jobName: "evaluate", ruleVersion: 1, netScore: 4 });
    expect(talks.statusChanges[0]!.reason).toBe("judgement.reason.confirmed|net=4|confirm=3|contradict=-3");
    expect(JSON.parse(talks.statusChanges[0]!.evidenceIds)).toHaveLength(2);
    expect(await t.db.notification.count({ where: { kind: "CONFIRMED", expectationId: talks.id } })).toBe(1);
    await expectConsistent(t.db);

    const before = await counts(t.db);
    await runEvaluation(t.db, { now: at("2025-06-30"), jobName: "evaluate" });
    await runEvaluation(t.db, { now: at("2025-06-30"), jobName: "evaluate-daily", snapshotAll: true });
    const afterDaily = await counts(t.db);
    await runEvaluation(t.db, { now: at("2025-06-30"), jobName: "evaluate-daily", snapshotAll: true });
    expect(await counts(t.db)).toEqual(afterDaily);
    expect(afterDaily.changes).toBe(before.changes);
  });

  it("applies both deadline rules on the deadline", async () => {
    await runEvaluation(t.db, { now: at("2026-01-20"), jobName: "deadlines-staleness" });
    const status = async (key: string) => (await t.db.expectation.findUniqueOrThrow({ where: { id: id.get(key) } })).status;
    expect(await status("us-reaches-out")).toBe("CONTRADICTED"); // OCCURRENCE, nothing confirmed it
    expect(await status("kim-takes-his-time")).toBe("CONFIRMED"); // CONTINUITY, nothing contradicted it
    expect(await status("talks-resume")).toBe("PENDING"); // its deadline is 2029
  });

  it("keeps an override, flags newer evidence once, and applies the rule after release", async () => {
    await overrideStatus(t.db, actors.analyst, id.get("talks-resume")!, { status: "CONFIRMED", reason: "Summit announced by both sides." }, at("2025-07-01"));
    await support("talks-resume", "2025-07-02", "STRONGLY_CONTRADICTS");
    // Links carry the wall-clock time they were made; judge as of now to see them.
    const now = new Date(Date.now() + 1000);
    await runEvaluation(t.db, { now, jobName: "evaluate" });
    await runEvaluation(t.db, { now, jobName: "evaluate" });
    const talks = await t.db.expectation.findUniqueOrThrow({ where: { id: id.get("talks-resume") } });
    expect(talks.status).toBe("CONFIRMED");
    expect(await t.db.notification.count({ where: { kind: "OVERRIDE_REVIEW", expectationId: talks.id } })).toBe(1);
    await releaseOverride(t.db, actors.analyst, talks.id, new Date(now.getTime() + 1000));
    await runEvaluation(t.db, { now: new Date(now.getTime() + 2000), jobName: "evaluate" });
    expect((await t.db.expectation.findUniqueOrThrow({ where: { id: talks.id } })).status).toBe("LEANING_CONTRADICTED");
    const modes = (await t.db.statusChange.findMany({ where: { expectationId: talks.id }, orderBy: { changedAt: "asc" } })).map((c) => c.mode);
    expect(modes).toEqual(["OVERRIDE", "RELEASE", "RULE"]);
  });

  it("killed part-way, leaves no change without its snapshot, and the next run completes the work", async () => {
    await runEvaluation(t.db, { now: at("2026-01-20"), jobName: "evaluate", failAfter: 3 }).catch(() => undefined);
    await expectConsistent(t.db);
    const partial = await t.db.statusChange.count();
    const rerun = await runEvaluation(t.db, { now: at("2026-01-20"), jobName: "evaluate" });
    await expectConsistent(t.db);
    expect(partial + rerun.changed).toBe(await t.db.statusChange.count());
    expect((await t.db.expectation.findFirstOrThrow({ where: { key: "kim-takes-his-time" } })).status).toBe("CONFIRMED");
    expect((await t.db.expectation.findFirstOrThrow({ where: { key: "us-reaches-out" } })).status).toBe("CONTRADICTED");
  });
});
