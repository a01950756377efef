// Every review of one expectation, newest first: who asked for what, who
// decided, when, and the reviewer's comment. Shown with the expectation's
// history so that a held or returned act is part of the story.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export async function listExpectationReviews(db: Db, actor: Actor | null, expectationId: string) {
  requireAbility(actor, "read");
  const rows = await db.review.findMany({
    where: { expectationId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      state: true,
      requestedStatus: true,
      requestedMark: true,
      reason: true,
      requestedAt: true,
      decidedAt: true,
      comment: true,
      requestedBy: { select: { name: true } },
      reviewer: { select: { name: true } },
    },
  });
  return rows.map(({ requestedBy, reviewer, ...r }) => ({ ...r, requestedBy: requestedBy.name, reviewer: reviewer?.name ?? null }));
}
