// A name typed on a development becomes an actor: any name the actor is known
// by ("미국", "US") links the one actor; a new name makes a new actor with
// that name as its first (docs/decisions/0060).
import { randomUUID } from "node:crypto";
import type { Db } from "../db-client";
import { actorKey } from "./actor-key";

type Tx = Pick<Db, "actor" | "actorName" | "$executeRaw">;

async function actorIdsByKey(tx: Tx, keys: string[]): Promise<Map<string, string>> {
  const rows = await tx.actorName.findMany({ where: { key: { in: keys } }, select: { key: true, actorId: true } });
  return new Map(rows.map((r) => [r.key, r.actorId]));
}

/** The actors for the names, once each, in the order first named. */
export async function resolveActorIds(tx: Tx, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const keys = names.map(actorKey);
  const found = await actorIdsByKey(tx, keys);
  const missing = names.filter((_, i) => !found.has(keys[i]!));
  for (const name of missing) {
    // INSERT … ON CONFLICT DO NOTHING, which SQLite and PostgreSQL both speak:
    // two analysts adding the same new name at once both succeed.
    const id = randomUUID();
    await tx.$executeRaw`INSERT INTO "Actor" ("id", "name") VALUES (${id}, ${name}) ON CONFLICT ("name") DO NOTHING`;
    const actor = await tx.actor.findUniqueOrThrow({ where: { name }, select: { id: true, mergedIntoId: true } });
    const actorId = actor.mergedIntoId ?? actor.id;
    await tx.$executeRaw`INSERT INTO "ActorName" ("id", "actorId", "name", "key") VALUES (${randomUUID()}, ${actorId}, ${name}, ${actorKey(name)}) ON CONFLICT ("key") DO NOTHING`;
  }
  const all = missing.length ? await actorIdsByKey(tx, keys) : found;
  return [...new Set(keys.map((k) => all.get(k)).filter((id): id is string => id !== undefined))];
}

/** Every name of these actors: what the list's search matches them by. */
export async function actorSearchNames(tx: Pick<Db, "actorName">, actorIds: string[]): Promise<string[]> {
  if (actorIds.length === 0) return [];
  const rows = await tx.actorName.findMany({ where: { actorId: { in: actorIds } }, select: { name: true } });
  return rows.map((r) => r.name);
}
