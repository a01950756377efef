// Which analysts' acts wait for a second analyst: set per survey by an admin
// (docs/decisions/0079). OFF keeps the behaviour from before reviews existed.
import type { Db } from "../db-client";
import { AppError } from "../errors";
import type { ReviewKind, ReviewPolicy } from "../vocabulary";

type Tx = Pick<Db, "expectation">;

/** Whether an act of this kind waits for review under the policy. */
export function needsReview(policy: ReviewPolicy, kind: ReviewKind): boolean {
  if (policy === "OFF") return false;
  return kind === "OVERRIDE" || policy === "OVERRIDES_AND_DECISIVE";
}

/** The review policy of the expectation's survey. */
export async function reviewPolicyFor(tx: Tx, expectationId: string): Promise<ReviewPolicy> {
  const row = await tx.expectation.findUnique({ where: { id: expectationId }, select: { survey: { select: { reviewPolicy: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  return row.survey.reviewPolicy;
}
