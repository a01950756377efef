// The comments under a development or an expectation, oldest first, without removed ones.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { roleCan } from "../auth/roles";
import type { CommentTarget } from "./schemas";

export const COMMENTS_SHOWN = 200;

export async function listComments(db: Db, actor: Actor | null, target: CommentTarget) {
  const reader = requireAbility(actor, "read");
  const on = target.kind === "expectation" ? { expectationId: target.id } : { developmentId: target.id };
  const rows = await db.comment.findMany({
    where: { ...on, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: COMMENTS_SHOWN,
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
  });
  return rows.map(({ authorId, author, ...c }) => ({
    ...c,
    author: author.name,
    canRemove: roleCan(reader.role, "write:evidence") && (authorId === reader.userId || roleCan(reader.role, "restore:deleted")),
  }));
}
