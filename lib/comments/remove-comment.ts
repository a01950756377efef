// Soft removal: the author, or an admin, takes a comment down; the row stays.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { roleCan } from "../auth/roles";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";

export async function removeComment(db: Db, actor: Actor | null, id: string, now: Date) {
  const who = requireAbility(actor, "write:evidence");
  await db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({ where: { id, deletedAt: null }, select: { authorId: true } });
    if (!comment) throw new AppError("NOT_FOUND", "errors.commentNotFound");
    if (comment.authorId !== who.userId && !roleCan(who.role, "restore:deleted")) throw new AppError("FORBIDDEN", "errors.commentNotYours");
    await tx.comment.update({ where: { id }, data: { deletedAt: now } });
    await recordAudit(tx, { userId: who.userId, action: "comment.remove", entityType: "Comment", entityId: id });
  });
}
