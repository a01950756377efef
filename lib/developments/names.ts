// Actors and tags are lists that grow as analysts use new names.
import type { Db } from "../db-client";

type Tx = Pick<Db, "actor" | "tag">;

// One at a time: inside a transaction the queries share one connection anyway.
export async function actorIdsFor(tx: Tx, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await tx.actor.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id);
  return ids;
}

export async function tagIdsFor(tx: Tx, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id);
  return ids;
}

/** Every known actor and tag, for the form's suggestions. */
export async function listKnownNames(db: Db): Promise<{ actors: string[]; tags: string[] }> {
  const [actors, tags] = await Promise.all([
    db.actor.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 2000 }),
    db.tag.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 2000 }),
  ]);
  return { actors: actors.map((a) => a.name), tags: tags.map((t) => t.name) };
}
