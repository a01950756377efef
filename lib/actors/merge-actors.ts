// Two actors that are one ("미국" logged before the vocabulary knew it as the
// United States): the duplicate's developments and names move to the kept
// actor; the duplicate row stays, marked merged, so nothing entered is lost.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { refreshSearchText } from "./refresh-search-text";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const MergeActorsSchema = z.object({ fromId: z.string().min(1).max(40), intoId: z.string().min(1).max(40) });

/** The merge itself, inside the caller's transaction; returns the developments moved. */
export async function mergeActorInTx(tx: Tx, userId: string | null, fromId: string, intoId: string, now: Date): Promise<number> {
  if (fromId === intoId) throw new AppError("VALIDATION", "actors.errors.sameActor");
  const [from, into] = await Promise.all([
    tx.actor.findUnique({ where: { id: fromId }, select: { id: true, name: true, mergedIntoId: true } }),
    tx.actor.findUnique({ where: { id: intoId }, select: { id: true, name: true, mergedIntoId: true } }),
  ]);
  if (!from || !into) throw new AppError("NOT_FOUND", "actors.errors.notFound");
  if (from.mergedIntoId || into.mergedIntoId) throw new AppError("CONFLICT", "actors.errors.alreadyMerged");
  const links = await tx.developmentActor.findMany({ where: { actorId: fromId }, select: { developmentId: true } });
  const developmentIds = links.map((l) => l.developmentId);
  const already = new Set(
    (await tx.developmentActor.findMany({ where: { actorId: intoId, developmentId: { in: developmentIds } }, select: { developmentId: true } })).map(
      (l) => l.developmentId,
    ),
  );
  const moving = developmentIds.filter((id) => !already.has(id));
  if (moving.length) await tx.developmentActor.updateMany({ where: { actorId: fromId, developmentId: { in: moving } }, data: { actorId: intoId } });
  // A development that named both keeps its one link to the kept actor.
  await tx.developmentActor.deleteMany({ where: { actorId: fromId } });
  await tx.actorName.updateMany({ where: { actorId: fromId }, data: { actorId: intoId } });
  await tx.actor.update({ where: { id: fromId }, data: { mergedIntoId: intoId, mergedAt: now } });
  await refreshSearchText(tx, developmentIds);
  await recordAudit(tx, {
    userId,
    action: "actor.merge",
    entityType: "Actor",
    entityId: intoId,
    changes: { from: { id: from.id, name: from.name }, into: { id: into.id, name: into.name }, developments: developmentIds },
  });
  return developmentIds.length;
}

export async function mergeActors(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<{ developments: number }> {
  const admin = requireAbility(actor, "manage:vocabulary");
  const input = parseOrThrow(MergeActorsSchema, raw);
  const developments = await db.$transaction((tx) => mergeActorInTx(tx, admin.userId, input.fromId, input.intoId, now));
  return { developments };
}
