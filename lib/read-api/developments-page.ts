// The read API's developments: those that had occurred by the as-of day,
// newest first, with their live sources and evidence links, one keyset page
// at a time on (occurredOn, id) — the list's own index, so a page costs the
// same however deep it is. The record is read as it stands now ("as
// happened", like the expectations: docs/decisions/0040); a development
// removed since is left out, as on the list.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { developmentWhere } from "../developments/list-developments";
import { encodeCursor } from "../developments/list-filters";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type DevelopmentsResponse } from "./schemas";

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function developmentsPage(db: Db, actor: Actor | null, query: { asOf: string; cursor?: string; limit?: number }): Promise<DevelopmentsResponse> {
  requireAbility(actor, "read");
  const take = Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  // Removed developments stay out whatever the owner's role: a token reads as a viewer.
  const rows = await db.development.findMany({
    where: developmentWhere({ to: query.asOf, cursor: query.cursor }, false),
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      occurredOn: true,
      datePrecision: true,
      title: true,
      summary: true,
      eventType: true,
      actors: { select: { actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
      sources: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, url: true, citation: true, publisher: true, publishedOn: true, reliability: true, credibility: true },
      },
      evidenceLinks: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, expectationId: true, stance: true, rationale: true, decisive: true, expectation: { select: { key: true } } },
      },
    },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    asOf: query.asOf,
    developments: page.map((r) => ({
      id: r.id,
      occurredOn: day(r.occurredOn),
      datePrecision: r.datePrecision,
      title: r.title,
      summary: r.summary,
      eventType: r.eventType,
      actors: r.actors.map((a) => a.actor.name),
      tags: r.tags.map((t) => t.tag.name),
      sources: r.sources.map((s) => ({ ...s, publishedOn: s.publishedOn ? day(s.publishedOn) : null })),
      links: r.evidenceLinks.map((l) => ({
        id: l.id,
        expectationId: l.expectationId,
        expectationKey: l.expectation.key,
        stance: l.stance,
        rationale: l.rationale,
        decisive: l.decisive,
      })),
    })),
    nextCursor: rows.length > take && last ? encodeCursor(last.occurredOn, last.id) : null,
  };
}
