// Every write refuses a missing session and a role that may not write, and a
// refused write leaves every table as it was. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editExpectation } from "../../lib/expectations/edit-expectation";
import { createFirstAdmin } from "../../lib/users/create-first-admin";
import { createUser } from "../../lib/users/create-user";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";
import type { Db } from "../../lib/db-client";

async function rowCounts(db: Db) {
  const [users, accounts, audit, installation, versions, versionRows] = await Promise.all([
    db.user.count(),
    db.account.count(),
    db.auditLog.count(),
    db.installation.count(),
    db.expectation.findMany({ select: { id: true, version: true, confirmThreshold: true }, orderBy: { id: "asc" } }),
    db.expectationVersion.count(),
  ]);
  return { users, accounts, audit, installation, versions, versionRows };
}

describe.each(DATABASE_KINDS)("writes on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let expectationId: string;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    expectationId = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id;
  });
  afterAll(async () => t?.drop());

  const thresholds = { confirmThreshold: 4, contradictThreshold: -4, expectedVersion: 1, reason: "The panel's wording asks for more" };
  const now = new Date("2026-11-29T08:00:00Z");
  // Thresholds are a versioned field of the expectation (docs/decisions/0095).
  const updateThresholds = (db: Db, actor: Parameters<typeof editExpectation>[1], id: string, raw: unknown, analystsMayEdit = false) =>
    editExpectation(db, actor, id, raw, { analystsMayEdit, now });
  const newUser = { name: "New Person", email: "new@example.test", password: "long-enough-1", role: "analyst" };

  it.each([
    ["no session", null, "UNAUTHENTICATED"],
    ["a viewer", "viewer", "FORBIDDEN"],
    ["an analyst, where the setting does not allow it", "analyst", "FORBIDDEN"],
  ] as const)("refuses threshold edits from %s and writes nothing", async (_label, role, code) => {
    const before = await rowCounts(t.db);
    await expect(updateThresholds(t.db, role ? actors[role] : null, expectationId, thresholds)).rejects.toMatchObject({ code });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it.each([
    ["no session", null, "UNAUTHENTICATED"],
    ["a viewer", "viewer", "FORBIDDEN"],
    ["an analyst", "analyst", "FORBIDDEN"],
  ] as const)("refuses account creation from %s and writes nothing", async (_label, role, code) => {
    const before = await rowCounts(t.db);
    await expect(createUser(t.db, role ? actors[role] : null, newUser)).rejects.toMatchObject({ code });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("refuses a second first-run setup, even two at once", async () => {
    const before = await rowCounts(t.db);
    const attempts = await Promise.allSettled([
      createFirstAdmin(t.db, { name: "Mallory", email: "m1@example.test", password: "mallory-password" }),
      createFirstAdmin(t.db, { name: "Mallory", email: "m2@example.test", password: "mallory-password" }),
    ]);
    expect(attempts.map((a) => a.status)).toEqual(["rejected", "rejected"]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("lets an analyst change thresholds where the setting allows it, audited with before and after", async () => {
    const result = await updateThresholds(t.db, actors.analyst, expectationId, thresholds, true);
    expect(result.version).toBe(2);
    const row = await t.db.expectation.findUniqueOrThrow({ where: { id: expectationId } });
    expect([row.confirmThreshold, row.contradictThreshold]).toEqual([4, -4]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "expectation.edit", entityId: expectationId } });
    expect(audit.userId).toBe(actors.analyst.userId);
    expect(JSON.parse(audit.changes ?? "{}")).toEqual({
      version: 2,
      reason: thresholds.reason,
      before: { confirmThreshold: 3, contradictThreshold: -3 },
      after: { confirmThreshold: 4, contradictThreshold: -4 },
    });
  });

  it("refuses a save based on a version someone else has changed since", async () => {
    const before = await rowCounts(t.db);
    // Still version 1: the previous test saved version 2.
    await expect(updateThresholds(t.db, actors.admin, expectationId, { ...thresholds, confirmThreshold: 9 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("rejects bad thresholds with a message per field and writes nothing", async () => {
    const before = await rowCounts(t.db);
    const attempt = updateThresholds(t.db, actors.admin, expectationId, {
      confirmThreshold: "lots",
      contradictThreshold: 2,
      expectedVersion: 2,
      reason: "a typo fix",
    });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION" });
    const error = (await attempt.catch((e: unknown) => e)) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["confirmThreshold", "contradictThreshold"]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("lets an admin create an account, once per email", async () => {
    await createUser(t.db, actors.admin, newUser);
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "new@example.test" }, include: { accounts: true } });
    expect(stored.role).toBe("analyst");
    expect(stored.accounts[0]?.password).toBeTruthy();
    expect(stored.accounts[0]?.password).not.toContain("long-enough-1");
    const before = await rowCounts(t.db);
    await expect(createUser(t.db, actors.admin, { ...newUser, email: "NEW@example.test " })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
