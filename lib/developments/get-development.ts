import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { roleCan } from "../auth/roles";
import { AppError } from "../errors";
import { changedFields, type DevelopmentSnapshot } from "./snapshot";

/** One development with its sources, links and the history of its revisions. */
export async function getDevelopment(db: Db, actor: Actor | null, id: string) {
  const reader = requireAbility(actor, "read");
  const development = await db.development.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      summary: true,
      occurredOn: true,
      datePrecision: true,
      eventType: true,
      version: true,
      deletedAt: true,
      createdAt: true,
      actors: { select: { actor: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      sources: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, url: true, citation: true, publisher: true, publishedOn: true, reliability: true, credibility: true },
      },
      evidenceLinks: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stance: true,
          decisive: true,
          rationale: true,
          version: true,
          expectation: { select: { id: true, statement: true, statementKo: true } },
        },
      },
      revisions: { orderBy: { version: "asc" }, select: { version: true, snapshot: true, editedById: true, editedAt: true } },
    },
  });
  if (!development || (development.deletedAt && !roleCan(reader.role, "restore:deleted"))) {
    throw new AppError("NOT_FOUND", "errors.developmentNotFound");
  }
  const editors = await db.user.findMany({
    where: { id: { in: [...new Set(development.revisions.map((r) => r.editedById))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(editors.map((u) => [u.id, u.name]));
  let previous: DevelopmentSnapshot | null = null;
  const history = development.revisions.map((r) => {
    const snapshot = JSON.parse(r.snapshot) as DevelopmentSnapshot;
    const entry = { version: r.version, editedAt: r.editedAt, editor: nameOf.get(r.editedById) ?? null, changed: changedFields(previous, snapshot), snapshot };
    previous = snapshot;
    return entry;
  });
  const { revisions: _omit, ...rest } = development;
  return {
    ...rest,
    actors: development.actors.map((a) => a.actor.name),
    tags: development.tags.map((t) => t.tag.name),
    history: history.reverse(),
  };
}
