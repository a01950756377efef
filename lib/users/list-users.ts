import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export async function listUsers(db: Db, actor: Actor | null) {
  requireAbility(actor, "manage:users");
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true, banned: true },
  });
}
