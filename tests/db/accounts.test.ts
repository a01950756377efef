// Account management (issue 15) on SQLite and PostgreSQL: role changes,
// disabling, temporary passwords, own password changes, last sign-in, and the
// rule that the last active admin can be neither demoted nor disabled.
import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireAbility, type Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db-client";
import { changeOwnPassword } from "../../lib/users/change-own-password";
import { changeRole } from "../../lib/users/change-role";
import { createUser } from "../../lib/users/create-user";
import { getAccount, listUsers } from "../../lib/users/list-users";
import { setAccountDisabled } from "../../lib/users/set-account-disabled";
import { setTemporaryPassword } from "../../lib/users/set-temporary-password";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

async function openSession(db: Db, userId: string): Promise<string> {
  const id = randomUUID();
  await db.session.create({ data: { id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 86_400_000) } });
  return id;
}

async function passwordOf(db: Db, userId: string): Promise<string> {
  return (await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password ?? "";
}

async function auditOf(db: Db, entityId: string, action: string) {
  const row = await db.auditLog.findFirst({ where: { entityId, action }, orderBy: { at: "desc" } });
  return row ? { ...row, changes: JSON.parse(row.changes ?? "null") } : null;
}

describe.each(DATABASE_KINDS)("accounts on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let admin: Actor;

  beforeAll(async () => {
    t = await create();
    actors = await createTestActors(t.db);
    admin = actors.admin;
  });
  afterAll(async () => t?.drop());

  it("changes a role with an audit row holding before and after, and refuses non-admins", async () => {
    await expect(changeRole(t.db, actors.analyst, { userId: actors.viewer.userId, role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getAccount(t.db, admin, actors.viewer.userId)).role).toBe("viewer");

    await expect(changeRole(t.db, admin, { userId: actors.analyst.userId, role: "viewer" })).resolves.toEqual({ changed: true });
    expect((await getAccount(t.db, admin, actors.analyst.userId)).role).toBe("viewer");
    const audit = await auditOf(t.db, actors.analyst.userId, "user.role");
    expect(audit).toMatchObject({ userId: admin.userId, entityType: "User", changes: { before: { role: "analyst" }, after: { role: "viewer" } } });

    await changeRole(t.db, admin, { userId: actors.analyst.userId, role: "analyst" });
    await expect(changeRole(t.db, admin, { userId: actors.analyst.userId, role: "owner" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("never demotes or disables the last active admin, even when two admins demote each other at once", async () => {
    const before = await t.db.auditLog.count();
    await expect(changeRole(t.db, admin, { userId: admin.userId, role: "analyst" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "accounts.errors.lastAdmin",
    });
    expect((await getAccount(t.db, admin, admin.userId)).role).toBe("admin");
    expect(await t.db.auditLog.count()).toBe(before);

    const second = await createUser(t.db, admin, {
      name: "Second Admin",
      email: `admin2-${randomUUID()}@example.test`,
      password: "second-admin-pw",
      role: "admin",
    });
    const secondActor: Actor = { userId: second.id, name: "Second Admin", email: "x", role: "admin" };
    const outcomes = await Promise.allSettled([
      changeRole(t.db, admin, { userId: second.id, role: "viewer" }),
      changeRole(t.db, secondActor, { userId: admin.userId, role: "viewer" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const admins = await t.db.user.count({ where: { role: "admin" } });
    expect(admins).toBe(1);

    // Put things back: whoever kept admin restores the other, then the
    // remaining second admin is disabled while the first stays.
    const keeper = outcomes[0].status === "fulfilled" ? admin : secondActor;
    await changeRole(t.db, keeper, { userId: keeper === admin ? second.id : admin.userId, role: "admin" });
    await setAccountDisabled(t.db, admin, { userId: second.id }, true);
    await expect(setAccountDisabled(t.db, secondActor, { userId: admin.userId }, true)).rejects.toBeTruthy();
    await expect(changeRole(t.db, admin, { userId: admin.userId, role: "viewer" })).rejects.toMatchObject({ message: "accounts.errors.lastAdmin" });
    await expect(setAccountDisabled(t.db, admin, { userId: admin.userId }, true)).rejects.toMatchObject({ message: "accounts.errors.disableSelf" });
  });

  it("disabling ends every open session at once; enabling lets the account back in", async () => {
    const target = actors.viewer.userId;
    await openSession(t.db, target);
    await openSession(t.db, target);
    const adminSession = await openSession(t.db, admin.userId);

    await expect(setAccountDisabled(t.db, admin, { userId: target }, true)).resolves.toEqual({ changed: true, sessionsEnded: 2 });
    expect(await t.db.session.count({ where: { userId: target } })).toBe(0);
    expect(await t.db.session.findUnique({ where: { id: adminSession } })).not.toBeNull();
    expect((await getAccount(t.db, admin, target)).disabled).toBe(true);
    expect(await auditOf(t.db, target, "user.disable")).toMatchObject({
      changes: { before: { disabled: false }, after: { disabled: true }, sessionsEnded: 2 },
    });

    await setAccountDisabled(t.db, admin, { userId: target }, false);
    expect((await getAccount(t.db, admin, target)).disabled).toBe(false);
    expect(await auditOf(t.db, target, "user.enable")).not.toBeNull();
  });

  it("a temporary password replaces the old one, ends sessions and opens nothing until the person changes it", async () => {
    const target = actors.analyst;
    await openSession(t.db, target.userId);
    await setTemporaryPassword(t.db, admin, { userId: target.userId, password: "temporary-pass-1" });
    expect(await verifyPassword({ hash: await passwordOf(t.db, target.userId), password: "temporary-pass-1" })).toBe(true);
    expect(await verifyPassword({ hash: await passwordOf(t.db, target.userId), password: "analyst-password-1" })).toBe(false);
    expect(await t.db.session.count({ where: { userId: target.userId } })).toBe(0);
    const audit = await auditOf(t.db, target.userId, "user.password.temporary");
    expect(JSON.stringify(audit)).not.toContain("temporary-pass-1");

    const pending: Actor = { ...target, mustChangePassword: (await getAccount(t.db, admin, target.userId)).mustChangePassword };
    expect(pending.mustChangePassword).toBe(true);
    expect(() => requireAbility(pending, "read")).toThrow(expect.objectContaining({ message: "accounts.errors.passwordChangeRequired" }));

    const current = await openSession(t.db, target.userId);
    const other = await openSession(t.db, target.userId);
    await expect(
      changeOwnPassword(t.db, pending, { currentPassword: "wrong-password", newPassword: "my-own-password", confirmPassword: "my-own-password" }, current),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: ["accounts.errors.currentPasswordWrong"] } });
    await expect(
      changeOwnPassword(t.db, pending, { currentPassword: "temporary-pass-1", newPassword: "my-own-password", confirmPassword: "other-password" }, current),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getAccount(t.db, admin, target.userId)).mustChangePassword).toBe(true);

    await changeOwnPassword(
      t.db,
      pending,
      { currentPassword: "temporary-pass-1", newPassword: "my-own-password", confirmPassword: "my-own-password" },
      current,
    );
    expect((await getAccount(t.db, admin, target.userId)).mustChangePassword).toBe(false);
    expect(await verifyPassword({ hash: await passwordOf(t.db, target.userId), password: "my-own-password" })).toBe(true);
    expect(await t.db.session.findUnique({ where: { id: current } })).not.toBeNull();
    expect(await t.db.session.findUnique({ where: { id: other } })).toBeNull();
    expect(await auditOf(t.db, target.userId, "user.password.change")).toMatchObject({ userId: target.userId });
  });

  it("shows each person's last successful sign-in", async () => {
    const at = new Date("2026-11-20T08:30:00Z");
    await t.db.signInAttempt.createMany({
      data: [
        { at: new Date("2026-11-19T08:00:00Z"), email: actors.viewer.email, address: "127.0.0.1", outcome: "SUCCEEDED" },
        { at, email: actors.viewer.email, address: "127.0.0.1", outcome: "SUCCEEDED" },
        { at: new Date("2026-11-21T08:00:00Z"), email: actors.viewer.email, address: "127.0.0.1", outcome: "FAILED" },
      ],
    });
    const rows = await listUsers(t.db, admin);
    expect(rows.find((r) => r.id === actors.viewer.userId)?.lastSignInAt?.toISOString()).toBe(at.toISOString());
    expect(rows.find((r) => r.id === admin.userId)?.lastSignInAt).toBeNull();
  });
});
