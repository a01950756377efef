// A second analyst decides a held act (docs/decisions/0079). Approving an
// override writes it then, as a status change of the requester's, valid from
// the approval; approving a decisive mark lets the loader count it from then.
// Returning, with a comment, leaves the act without effect for good. The
// reviewer must not be the requester; the decision, who made it, when, and the
// comment stay on the review row and in the audit log.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { writeHandChangeInTx } from "../judgement/override-status";
import { parseOrThrow } from "../validation";
import { ApproveReviewSchema, DecisionSchema, ReturnReviewSchema } from "./schemas";

async function decide(db: Db, actor: Actor | null, id: string, approve: boolean, comment: string, now: Date) {
  const reviewer = requireAbility(actor, "write:evidence");
  await db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id } });
    if (!review) throw new AppError("NOT_FOUND", "errors.reviewNotFound");
    if (review.requestedById === reviewer.userId) throw new AppError("FORBIDDEN", "errors.reviewOwnRequest");
    // Only a pending review changes, and only once: two reviewers at once, the second is told.
    const { count } = await tx.review.updateMany({
      where: { id, state: "PENDING" },
      data: { state: approve ? "APPROVED" : "RETURNED", reviewerId: reviewer.userId, decidedAt: now, comment: comment || null },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.reviewDecided");
    if (approve && review.kind === "OVERRIDE" && review.requestedStatus) {
      await writeHandChangeInTx(tx, {
        actorId: review.requestedById,
        id: review.expectationId,
        mode: "OVERRIDE",
        toStatus: review.requestedStatus,
        ruled: null,
        reason: review.reason,
        now,
      });
    }
    // The approved mark changes what the link weighs: the next evaluation must look at it again.
    if (approve && review.kind === "DECISIVE_LINK" && review.linkId) {
      await tx.evidenceLink.updateMany({ where: { id: review.linkId }, data: { updatedAt: now } });
    }
    await recordAudit(tx, {
      userId: reviewer.userId,
      action: approve ? "review.approve" : "review.return",
      entityType: "Review",
      entityId: id,
      changes: { kind: review.kind, expectationId: review.expectationId, linkId: review.linkId, comment },
    });
  });
}

export async function approveReview(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date) {
  requireAbility(actor, "write:evidence");
  const input = parseOrThrow(ApproveReviewSchema, raw);
  await decide(db, actor, id, true, input.comment ?? "", now);
}

export async function returnReview(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date) {
  requireAbility(actor, "write:evidence");
  const input = parseOrThrow(ReturnReviewSchema, raw);
  await decide(db, actor, id, false, input.comment, now);
}

/** The form's answer: the button pressed (`decision`) says approve or return. */
export async function decideReview(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date): Promise<"APPROVED" | "RETURNED"> {
  requireAbility(actor, "write:evidence");
  const { decision } = parseOrThrow(DecisionSchema, raw);
  if (decision === "approve") {
    await approveReview(db, actor, id, raw, now);
    return "APPROVED";
  }
  await returnReview(db, actor, id, raw, now);
  return "RETURNED";
}
