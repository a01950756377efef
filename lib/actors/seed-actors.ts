// Loads the actor vocabulary: each actor with its English and Korean names and
// aliases. A name already used for an actor of its own (a free-text "미국"
// logged before) is merged into the vocabulary's actor, links and all.
// Safe to run again: it writes only what is missing.
import { randomUUID } from "node:crypto";
import type { Db } from "../db-client";
import { actorKey } from "./actor-key";
import { mergeActorInTx, type Tx } from "./merge-actors";
import { refreshSearchText } from "./refresh-search-text";
import type { VocabularyActor } from "./vocabulary";

async function ensureActor(tx: Tx, entry: VocabularyActor): Promise<{ id: string; created: boolean }> {
  const existing = await tx.actor.findUnique({ where: { name: entry.name }, select: { id: true, mergedIntoId: true, nameKo: true } });
  if (existing) {
    const id = existing.mergedIntoId ?? existing.id;
    if (!existing.mergedIntoId && existing.nameKo !== entry.nameKo) await tx.actor.update({ where: { id }, data: { nameKo: entry.nameKo } });
    return { id, created: false };
  }
  // The English name may already be another actor's alias: that actor is the one.
  const named = await tx.actorName.findUnique({ where: { key: actorKey(entry.name) }, select: { actorId: true } });
  if (named) return { id: named.actorId, created: false };
  const created = await tx.actor.create({ data: { id: randomUUID(), name: entry.name, nameKo: entry.nameKo }, select: { id: true } });
  return { id: created.id, created: true };
}

export async function seedActors(db: Db, vocabulary: VocabularyActor[], now: Date): Promise<{ created: number; merged: number; names: number }> {
  const totals = { created: 0, merged: 0, names: 0 };
  for (const entry of vocabulary) {
    await db.$transaction(async (tx) => {
      const actor = await ensureActor(tx, entry);
      if (actor.created) totals.created++;
      const names: [string, string | null][] = [[entry.name, "en"], [entry.nameKo, "ko"], ...entry.aliases.map((a): [string, null] => [a, null])];
      for (const [name, language] of names) {
        const key = actorKey(name);
        const row = await tx.actorName.findUnique({ where: { key }, select: { actorId: true, language: true } });
        if (!row) {
          await tx.actorName.create({ data: { actorId: actor.id, name, key, language } });
          totals.names++;
        } else if (row.actorId !== actor.id) {
          const other = await tx.actor.findUniqueOrThrow({ where: { id: row.actorId }, select: { mergedIntoId: true } });
          if (!other.mergedIntoId) {
            await mergeActorInTx(tx, null, row.actorId, actor.id, now);
            totals.merged++;
          }
        }
        if (row && row.actorId === actor.id && row.language !== language && language) await tx.actorName.update({ where: { key }, data: { language } });
      }
      // Developments of this actor are found by the names just added.
      const links = await tx.developmentActor.findMany({ where: { actorId: actor.id }, select: { developmentId: true } });
      await refreshSearchText(
        tx,
        links.map((l) => l.developmentId),
      );
    });
  }
  return totals;
}
