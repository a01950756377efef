// Actors and tags are lists that grow as analysts use new names. Actors have
// several names each (lib/actors, docs/decisions/0060); tags have one.
import { randomUUID } from "node:crypto";
import type { Db } from "../db-client";
import { resolveActorIds } from "../actors/resolve-actors";

type Tx = Pick<Db, "actor" | "tag" | "$executeRaw">;

// INSERT … ON CONFLICT DO NOTHING, which SQLite and PostgreSQL both speak:
// two analysts adding the same new name at once both succeed, where an
// upsert would fail one of them on the unique key (PostgreSQL, P2002).
async function tagIds(tx: Tx, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  for (const name of names) {
    const id = randomUUID();
    await tx.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES (${id}, ${name}) ON CONFLICT ("name") DO NOTHING`;
  }
  const rows = await tx.tag.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return names.map((n) => byName.get(n)).filter((id): id is string => id !== undefined);
}

export const actorIdsFor = (tx: Tx & Pick<Db, "actorName">, names: string[]) => resolveActorIds(tx, names);
export const tagIdsFor = (tx: Tx, names: string[]) => tagIds(tx, names);

/** Every known actor name (in either language, and aliases) and tag, for the form's suggestions. */
export async function listKnownNames(db: Db): Promise<{ actors: string[]; tags: string[] }> {
  const [actors, tags] = await Promise.all([
    db.actorName.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 4000 }),
    db.tag.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 2000 }),
  ]);
  return { actors: actors.map((a) => a.name), tags: tags.map((t) => t.name) };
}
