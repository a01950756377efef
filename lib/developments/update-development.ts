// Editing keeps every earlier state: a new revision row per save. A save made
// from a version that someone else has since changed is refused, not merged.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { actorSearchNames } from "../actors/resolve-actors";
import { actorIdsFor, tagIdsFor } from "./names";
import { developmentColumns, sourceColumns } from "./columns";
import { makeUpdateDevelopmentSchema, utcDay, type DevelopmentInput } from "./schemas";
import { changedFields, snapshotOf, type DevelopmentSnapshot } from "./snapshot";

export const STALE_EDIT_MESSAGE = "errors.developmentStale";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function replaceSources(tx: Tx, developmentId: string, sources: DevelopmentInput["sources"], now: Date) {
  const existing = await tx.source.findMany({ where: { developmentId, deletedAt: null }, select: { id: true } });
  const kept = new Set(sources.flatMap((s) => (s.id ? [s.id] : [])));
  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  // Removed sources are soft-deleted: the revision history still names them.
  if (removed.length) await tx.source.updateMany({ where: { id: { in: removed } }, data: { deletedAt: now } });
  const known = new Set(existing.map((s) => s.id));
  for (const s of sources) {
    const data = sourceColumns(s);
    if (s.id && known.has(s.id)) await tx.source.update({ where: { id: s.id }, data });
    else await tx.source.create({ data: { ...data, developmentId } });
  }
}

export async function updateDevelopment(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(makeUpdateDevelopmentSchema(utcDay(now)), raw);
  return db.$transaction(async (tx) => {
    const current = await tx.development.findUnique({ where: { id }, select: { deletedAt: true, version: true } });
    if (!current) throw new AppError("NOT_FOUND", "errors.developmentNotFound");
    if (current.deletedAt) throw new AppError("CONFLICT", "errors.developmentDeleted");
    const actorIds = await actorIdsFor(tx, input.actors);
    const { count } = await tx.development.updateMany({
      where: { id, version: input.expectedVersion, deletedAt: null },
      data: { ...developmentColumns(input, await actorSearchNames(tx, actorIds)), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_EDIT_MESSAGE);
    await tx.developmentActor.deleteMany({ where: { developmentId: id } });
    await tx.developmentActor.createMany({ data: actorIds.map((actorId) => ({ developmentId: id, actorId })) });
    await tx.developmentTag.deleteMany({ where: { developmentId: id } });
    await tx.developmentTag.createMany({ data: (await tagIdsFor(tx, input.tags)).map((tagId) => ({ developmentId: id, tagId })) });
    await replaceSources(tx, id, input.sources, now);

    const previous = await tx.developmentRevision.findFirst({ where: { developmentId: id }, orderBy: { version: "desc" }, select: { snapshot: true } });
    const before = previous ? (JSON.parse(previous.snapshot) as DevelopmentSnapshot) : null;
    const after = snapshotOf(input);
    const version = input.expectedVersion + 1;
    await tx.developmentRevision.create({ data: { developmentId: id, version, snapshot: JSON.stringify(after), editedById: analyst.userId, editedAt: now } });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "development.update",
      entityType: "Development",
      entityId: id,
      changes: { version, changed: changedFields(before, after), before, after },
    });
    return { version };
  });
}
