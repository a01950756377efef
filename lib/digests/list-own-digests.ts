// The signed-in person's latest digests, for their settings page.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export async function listOwnDigests(db: Db, actor: Actor | null, take = 10) {
  const reader = requireAbility(actor, "read");
  return db.digestDelivery.findMany({
    where: { userId: reader.userId },
    orderBy: { periodStart: "desc" },
    take,
    select: { id: true, frequency: true, periodStart: true, periodEnd: true, state: true, items: true, sentAt: true },
  });
}
