// Disabling an account (a leaver) signs it out everywhere at once and refuses
// its sign-ins; re-enabling lets it sign in again with the same password.
// better-auth's admin plugin "banned" column is the flag: better-auth itself
// refuses a banned account's sign-in, and lib/web/auth/session.ts ignores its session.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { AccountTargetSchema } from "./account-schemas";
import { endSessions } from "./end-sessions";
import { findAccount } from "./find-account";
import { lockAdminRows, requireAnotherActiveAdmin } from "./last-admin-guard";

export async function setAccountDisabled(db: Db, actor: Actor | null, raw: unknown, disabled: boolean): Promise<{ changed: boolean; sessionsEnded: number }> {
  const admin = requireAbility(actor, "manage:users");
  const input = parseOrThrow(AccountTargetSchema, raw);
  if (disabled && input.userId === admin.userId) throw new AppError("CONFLICT", "accounts.errors.disableSelf");
  return db.$transaction(async (tx) => {
    const before = await findAccount(tx, input.userId);
    if (Boolean(before.banned) === disabled) return { changed: false, sessionsEnded: 0 };
    if (disabled && before.role === "admin") {
      await lockAdminRows(tx);
      await requireAnotherActiveAdmin(tx, before.id);
    }
    await tx.user.update({ where: { id: before.id }, data: { banned: disabled, banReason: null, banExpires: null } });
    const sessionsEnded = disabled ? await endSessions(tx, before.id) : 0;
    await recordAudit(tx, {
      userId: admin.userId,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: before.id,
      changes: { before: { disabled: Boolean(before.banned) }, after: { disabled }, ...(disabled ? { sessionsEnded } : {}) },
    });
    return { changed: true, sessionsEnded };
  });
}
