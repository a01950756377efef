import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

/** Recent developments to choose from when linking from an expectation's page. */
export async function listDevelopmentOptions(db: Db, actor: Actor | null, take = 200) {
  requireAbility(actor, "write:evidence");
  const rows = await db.development.findMany({
    where: { deletedAt: null },
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, occurredOn: true },
  });
  return rows.map((r) => ({ id: r.id, label: `${r.occurredOn.toISOString().slice(0, 10)} · ${r.title}` }));
}
