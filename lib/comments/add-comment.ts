// A comment under a development or an expectation, by anyone who may write
// evidence. People it mentions ("@name", "@email") get one notification each,
// only for them, in the comment's transaction; the author is not notified of
// their own words (docs/decisions/0081).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { findMentions } from "./find-mentions";
import { AddCommentSchema, type CommentTarget } from "./schemas";

// Mentions are looked up among at most this many accounts.
const PEOPLE_LIMIT = 5000;

/** A catalogue parameter must not carry the separators of the key format. */
const param = (s: string) => s.replace(/[|=]/g, " ").slice(0, 200);

export async function addComment(db: Db, actor: Actor | null, target: CommentTarget, raw: unknown, now: Date) {
  const author = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(AddCommentSchema, raw);
  return db.$transaction(async (tx) => {
    const exists =
      target.kind === "expectation"
        ? await tx.expectation.findUnique({ where: { id: target.id }, select: { id: true } })
        : await tx.development.findFirst({ where: { id: target.id, deletedAt: null }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", target.kind === "expectation" ? "errors.expectationNotFound" : "errors.developmentNotFound");
    const on = target.kind === "expectation" ? { expectationId: target.id } : { developmentId: target.id };
    const comment = await tx.comment.create({ data: { ...on, authorId: author.userId, body: input.body, createdAt: now }, select: { id: true } });
    const people = await tx.user.findMany({
      where: { OR: [{ banned: null }, { banned: false }] },
      select: { id: true, name: true, email: true },
      take: PEOPLE_LIMIT,
    });
    const mentioned = findMentions(input.body, people).filter((id) => id !== author.userId);
    for (const recipientId of mentioned) {
      await tx.notification.create({
        data: { kind: "MENTION", createdAt: now, recipientId, ...on, message: `comments.mentioned|name=${param(author.name)}` },
      });
    }
    await recordAudit(tx, {
      userId: author.userId,
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      changes: { ...on, body: input.body, mentioned },
    });
    return { id: comment.id, mentioned: mentioned.length };
  });
}
