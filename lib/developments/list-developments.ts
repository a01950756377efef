// Newest first, filtered, searched, one page at a time. Pages are keyset
// pages on (occurredOn, id): the query walks the matching index from the last
// row shown and stops after one page, however many rows there are. No total
// count: counting 100,000 rows on every page view is the full scan we avoid.
import { bestGrade as bestSourceGrade, formatGrade, type Grade } from "../judgement/rule";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { requireAbility, type Actor } from "../auth/actor";
import { roleCan } from "../auth/roles";
import { reliabilitiesAtLeast } from "./admiralty";
import { decodeCursor, encodeCursor, type DevelopmentFilters } from "./list-filters";
import { normaliseForSearch } from "./snapshot";
import { actorKey } from "../actors/actor-key";

export const DEFAULT_PAGE_SIZE = 25;

export function developmentWhere(filters: DevelopmentFilters, canSeeDeleted: boolean): Prisma.DevelopmentWhereInput {
  const and: Prisma.DevelopmentWhereInput[] = [];
  const deleted = canSeeDeleted ? filters.deleted : undefined;
  if (deleted === "only") and.push({ deletedAt: { not: null } });
  else if (deleted !== "include") and.push({ deletedAt: null });
  if (filters.from) and.push({ occurredOn: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ occurredOn: { lte: new Date(`${filters.to}T00:00:00Z`) } });
  if (filters.eventType) and.push({ eventType: filters.eventType });
  // Any name of the actor: "United States", "US" and "미국" filter alike.
  if (filters.actor) and.push({ actors: { some: { actor: { names: { some: { key: actorKey(filters.actor) } } } } } });
  if (filters.tag) and.push({ tags: { some: { tag: { name: filters.tag } } } });
  if (filters.expectationId || filters.stance) {
    and.push({ evidenceLinks: { some: { deletedAt: null, expectationId: filters.expectationId, stance: filters.stance } } });
  }
  if (filters.minReliability) {
    and.push({ sources: { some: { deletedAt: null, reliability: { in: reliabilitiesAtLeast(filters.minReliability) } } } });
  }
  if (filters.q) and.push({ searchText: { contains: normaliseForSearch(filters.q) } });
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  if (cursor) {
    // The plain bound gives the index a starting point; the OR breaks ties on id.
    and.push({ occurredOn: { lte: cursor.occurredOn } });
    and.push({ OR: [{ occurredOn: { lt: cursor.occurredOn } }, { occurredOn: cursor.occurredOn, id: { lt: cursor.id } }] });
  }
  return { AND: and };
}

export async function listDevelopments(db: Db, actor: Actor | null, filters: DevelopmentFilters) {
  const reader = requireAbility(actor, "read");
  const take = filters.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await db.development.findMany({
    where: developmentWhere(filters, roleCan(reader.role, "restore:deleted")),
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      title: true,
      occurredOn: true,
      datePrecision: true,
      eventType: true,
      deletedAt: true,
      actors: { select: { actor: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      sources: { where: { deletedAt: null }, select: { reliability: true, credibility: true } },
      // Ids, not _count: Prisma's count joins a GROUP BY over every link in the
      // database; this loads only the page's links (bench/developments-list.ts).
      evidenceLinks: { where: { deletedAt: null }, select: { id: true } },
    },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      title: r.title,
      occurredOn: r.occurredOn,
      datePrecision: r.datePrecision,
      eventType: r.eventType,
      deleted: r.deletedAt !== null,
      actors: r.actors.map((a) => a.actor.name),
      tags: r.tags.map((t) => t.tag.name),
      bestGrade: bestGrade(r.sources),
      links: r.evidenceLinks.length,
    })),
    nextCursor: rows.length > take && last ? encodeCursor(last.occurredOn, last.id) : null,
  };
}

/**
 * The grade of the development's best source, e.g. "B2": the source the
 * judgement rule weighs it by (lib/judgement/rule/grades.ts), so lists,
 * filters and exports show what the rule counted.
 */
export function bestGrade(sources: Grade[]): string | null {
  const best = bestSourceGrade(sources);
  return best ? formatGrade(best) : null;
}
