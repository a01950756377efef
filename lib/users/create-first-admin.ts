// First run of a fresh instance: the first visitor creates the admin account.
// There is no default password anywhere; the Installation row (primary key 1)
// is the claim, so a second concurrent setup fails instead of making a second admin.
import type { Db } from "../db-client";
import { recordAudit } from "../audit/record-audit";
import { AppError, isUniqueViolation } from "../errors";
import { parseOrThrow } from "../validation";
import { insertUser } from "./insert-user";
import { FirstAdminSchema } from "./schemas";

export async function isInstalled(db: Db): Promise<boolean> {
  return (await db.installation.count()) > 0;
}

export async function createFirstAdmin(db: Db, raw: unknown): Promise<{ userId: string; email: string }> {
  const input = parseOrThrow(FirstAdminSchema, raw);
  const alreadySetUp = new AppError("CONFLICT", "errors.alreadySetUp");
  if (await isInstalled(db)) throw alreadySetUp;
  try {
    return await db.$transaction(async (tx) => {
      await tx.installation.create({ data: { id: 1, adminUserId: "pending" } });
      const { id } = await insertUser(tx, { ...input, role: "admin" });
      await tx.installation.update({ where: { id: 1 }, data: { adminUserId: id } });
      await recordAudit(tx, {
        userId: id,
        action: "instance.setup",
        entityType: "User",
        entityId: id,
        changes: { name: input.name, email: input.email, role: "admin" },
      });
      return { userId: id, email: input.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadySetUp;
    throw error;
  }
}
