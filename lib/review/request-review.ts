// An analyst's act held for a second analyst (docs/decisions/0079). An
// override is kept here whole (status and reason) and written as a status
// change only on approval; a decisive mark is saved on its link at once, and
// the judgement's loader counts it as not decisive until a review approves it.
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import type { Decisive, Status } from "../vocabulary";
import { needsReview, reviewPolicyFor } from "./review-policy";

type Tx = Pick<Db, "review" | "auditLog" | "expectation">;

export async function requestOverrideReview(db: Db, analyst: Actor, expectationId: string, input: { status: Status; reason: string }, now: Date) {
  await db.$transaction(async (tx) => {
    // One override waits at a time: a second would leave the reviewer to guess which one counts.
    const waiting = await tx.review.findFirst({ where: { expectationId, kind: "OVERRIDE", state: "PENDING" }, select: { id: true } });
    if (waiting) throw new AppError("CONFLICT", "errors.reviewAlreadyPending");
    const review = await tx.review.create({
      data: {
        kind: "OVERRIDE",
        expectationId,
        requestedStatus: input.status,
        reason: input.reason,
        requestedById: analyst.userId,
        requestedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "review.request",
      entityType: "Review",
      entityId: review.id,
      changes: { kind: "OVERRIDE", expectationId, status: input.status, reason: input.reason },
    });
  });
}

/**
 * Inside the link's own transaction: when a link is saved with a decisive
 * mark it did not have, and the survey asks for it, the mark waits for review.
 */
export async function requestDecisiveReviewInTx(
  tx: Tx,
  analyst: Actor,
  link: { id: string; expectationId: string; rationale: string },
  mark: Decisive,
  before: Decisive | null,
  now: Date,
) {
  if (mark === "NONE" || mark === before) return;
  if (!needsReview(await reviewPolicyFor(tx, link.expectationId), "DECISIVE_LINK")) return;
  const review = await tx.review.create({
    data: {
      kind: "DECISIVE_LINK",
      expectationId: link.expectationId,
      linkId: link.id,
      requestedMark: mark,
      reason: link.rationale,
      requestedById: analyst.userId,
      requestedAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    userId: analyst.userId,
    action: "review.request",
    entityType: "Review",
    entityId: review.id,
    changes: { kind: "DECISIVE_LINK", linkId: link.id, mark },
  });
}
