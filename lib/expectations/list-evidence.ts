import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { heldBy, latestReviewByLink } from "../review/held-mark";

/** Links shown per page of an expectation's evidence: a page stays light whatever the record holds. */
export const EVIDENCE_PAGE_SIZE = 50;

/**
 * One page of the live developments linked to an expectation, newest first,
 * with how many there are in all. An expectation tracked for years gathers
 * tens of thousands of links; its page showed them all (11 s and 45 MB of
 * HTML at 25,000 links, docs/performance.md).
 */
export async function listExpectationEvidence(db: Db, actor: Actor | null, expectationId: string, requestedPage = 1) {
  requireAbility(actor, "read");
  const where = { expectationId, deletedAt: null, development: { deletedAt: null } };
  const total = await db.evidenceLink.count({ where });
  const pages = Math.max(1, Math.ceil(total / EVIDENCE_PAGE_SIZE));
  // A page past the end shows the last one rather than an empty table.
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pages);
  const links = await db.evidenceLink.findMany({
    where,
    orderBy: [{ development: { occurredOn: "desc" } }, { id: "asc" }],
    skip: (page - 1) * EVIDENCE_PAGE_SIZE,
    take: EVIDENCE_PAGE_SIZE,
    select: {
      id: true,
      stance: true,
      rationale: true,
      decisive: true,
      createdAt: true,
      version: true,
      development: {
        select: {
          id: true,
          title: true,
          occurredOn: true,
          datePrecision: true,
          sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } },
        },
      },
    },
  });
  // A decisive mark held by review is shown as held: it weighs by its stance until approved.
  const reviews = await db.review.findMany({
    where: { kind: "DECISIVE_LINK", linkId: { in: links.map((l) => l.id) } },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { linkId: true, state: true, requestedMark: true },
  });
  const latest = latestReviewByLink(reviews);
  return { links: links.map((l) => ({ ...l, held: heldBy(l.decisive, latest.get(l.id)) })), total, page, pages };
}
