// What waits for a second analyst, oldest first, with what the reviewer needs
// to judge it: the expectation, the status or mark asked for, the requester's
// rationale and, for a decisive mark, the development and its sources.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export const PENDING_REVIEWS_SHOWN = 200;

export async function listPendingReviews(db: Db, actor: Actor | null) {
  const analyst = requireAbility(actor, "write:evidence");
  const rows = await db.review.findMany({
    where: { state: "PENDING" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: PENDING_REVIEWS_SHOWN,
    select: {
      id: true,
      kind: true,
      requestedStatus: true,
      requestedMark: true,
      reason: true,
      requestedAt: true,
      requestedById: true,
      linkId: true,
      requestedBy: { select: { name: true } },
      expectation: { select: { id: true, key: true, statement: true, statementKo: true, status: true } },
    },
  });
  const linkIds = rows.flatMap((r) => (r.linkId ? [r.linkId] : []));
  const links = linkIds.length
    ? await db.evidenceLink.findMany({
        where: { id: { in: linkIds } },
        select: {
          id: true,
          stance: true,
          decisive: true,
          deletedAt: true,
          development: {
            select: {
              id: true,
              title: true,
              occurredOn: true,
              sources: { where: { deletedAt: null }, select: { url: true, publisher: true, reliability: true, credibility: true } },
            },
          },
        },
      })
    : [];
  const byId = new Map(links.map((l) => [l.id, l]));
  return rows.map(({ requestedById, linkId, ...r }) => ({
    ...r,
    ownRequest: requestedById === analyst.userId,
    link: linkId ? (byId.get(linkId) ?? null) : null,
  }));
}
