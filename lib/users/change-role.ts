// An admin gives a person another role. It applies from the person's next
// request: the session carries no copy of the role (lib/web/auth/session.ts reads
// the user row each time).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { parseOrThrow } from "../validation";
import { ChangeRoleSchema } from "./account-schemas";
import { findAccount } from "./find-account";
import { lockAdminRows, requireAnotherActiveAdmin } from "./last-admin-guard";

export async function changeRole(db: Db, actor: Actor | null, raw: unknown): Promise<{ changed: boolean }> {
  const admin = requireAbility(actor, "manage:users");
  const input = parseOrThrow(ChangeRoleSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await findAccount(tx, input.userId);
    if (before.role === input.role) return { changed: false };
    if (before.role === "admin") {
      await lockAdminRows(tx);
      await requireAnotherActiveAdmin(tx, before.id);
    }
    await tx.user.update({ where: { id: before.id }, data: { role: input.role } });
    await recordAudit(tx, {
      userId: admin.userId,
      action: "user.role",
      entityType: "User",
      entityId: before.id,
      changes: { before: { role: before.role }, after: { role: input.role } },
    });
    return { changed: true };
  });
}
