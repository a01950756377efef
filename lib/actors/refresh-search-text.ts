// A development's search text names its actors by every name they have; when
// an actor gains names (a merge, the seeded vocabulary), its developments'
// text is written again so search keeps finding them.
import type { Db } from "../db-client";
import { searchTextOf } from "../developments/snapshot";

type Tx = Pick<Db, "development">;

export async function refreshSearchText(tx: Tx, developmentIds: string[]): Promise<void> {
  if (developmentIds.length === 0) return;
  const rows = await tx.development.findMany({
    where: { id: { in: developmentIds } },
    select: {
      id: true,
      title: true,
      summary: true,
      tags: { select: { tag: { select: { name: true } } } },
      actors: { select: { actor: { select: { names: { select: { name: true } } } } } },
    },
  });
  for (const r of rows) {
    const actors = r.actors.flatMap((a) => a.actor.names.map((n) => n.name));
    const searchText = searchTextOf({ title: r.title, summary: r.summary, tags: r.tags.map((t) => t.tag.name), actors });
    await tx.development.update({ where: { id: r.id }, data: { searchText } });
  }
}
