// Follow or unfollow one expectation or one theme. Anyone signed in may; the
// row is theirs alone. Unfollowing deletes the row (a preference, not a record
// of the world): the audit row keeps the history (docs/decisions/0076).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError, isUniqueViolation } from "../errors";
import { parseOrThrow } from "../validation";
import { FollowInputSchema } from "./schemas";

async function targetExists(db: Db, kind: "EXPECTATION" | "THEME", key: string): Promise<boolean> {
  if (kind === "EXPECTATION") return (await db.expectation.count({ where: { id: key } })) > 0;
  return (await db.expectation.count({ where: { theme: key } })) > 0;
}

export async function setFollow(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<{ following: boolean }> {
  const reader = requireAbility(actor, "read");
  const input = parseOrThrow(FollowInputSchema, raw);
  if (!(await targetExists(db, input.kind, input.key))) throw new AppError("NOT_FOUND", "follows.errors.notFound");
  const where = { userId: reader.userId, kind: input.kind, key: input.key };
  try {
    await db.$transaction(async (tx) => {
      if (input.following) {
        const existing = await tx.follow.findFirst({ where, select: { id: true } });
        if (existing) return;
        const row = await tx.follow.create({ data: { ...where, createdAt: now }, select: { id: true } });
        await recordAudit(tx, { userId: reader.userId, action: "follow.create", entityType: "Follow", entityId: row.id, changes: { after: input } });
      } else {
        const existing = await tx.follow.findFirst({ where, select: { id: true } });
        if (!existing) return;
        await tx.follow.delete({ where: { id: existing.id } });
        await recordAudit(tx, { userId: reader.userId, action: "follow.delete", entityType: "Follow", entityId: existing.id, changes: { before: input } });
      }
    });
  } catch (error) {
    // Two clicks at once: the other one followed already, which is what was asked.
    if (!isUniqueViolation(error)) throw error;
  }
  return { following: input.following };
}
