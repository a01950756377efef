// Deleting is soft: the row stays, hidden from lists and from judgement,
// visible to admins, who can restore it. Both steps are audited.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";

async function setDeleted(db: Db, actor: Actor, id: string, deleted: boolean, now: Date) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.development.updateMany({
      where: { id, deletedAt: deleted ? null : { not: null } },
      // The version (and so the revision numbers) counts content edits only.
      data: deleted ? { deletedAt: now, deletedById: actor.userId } : { deletedAt: null, deletedById: null },
    });
    if (count === 0) {
      const exists = await tx.development.count({ where: { id } });
      if (!exists) throw new AppError("NOT_FOUND", "errors.developmentNotFound");
      throw new AppError("CONFLICT", deleted ? "errors.alreadyDeleted" : "errors.notDeleted");
    }
    await recordAudit(tx, { userId: actor.userId, action: deleted ? "development.delete" : "development.restore", entityType: "Development", entityId: id });
  });
}

export async function deleteDevelopment(db: Db, actor: Actor | null, id: string, now: Date) {
  return setDeleted(db, requireAbility(actor, "write:evidence"), id, true, now);
}

export async function restoreDevelopment(db: Db, actor: Actor | null, id: string, now: Date) {
  return setDeleted(db, requireAbility(actor, "restore:deleted"), id, false, now);
}
