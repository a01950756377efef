// What the jobs flagged, newest first, with what is new since the user last looked.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { roleCan } from "../auth/roles";

/**
 * Notifications about developments this reader may not see (deleted ones,
 * for anyone who cannot restore them) are left out altogether: the title of a
 * deleted development must not reach a viewer through a notification.
 */
async function hiddenDevelopmentIds(db: Db, reader: Actor): Promise<string[]> {
  if (roleCan(reader.role, "restore:deleted")) return [];
  const deleted = await db.development.findMany({ where: { deletedAt: { not: null } }, select: { id: true } });
  return deleted.map((d) => d.id);
}

/** Notices for everyone, and those addressed to this reader only (a mention, decision 0081); not about hidden developments. */
const visibleTo = (hidden: string[], reader: Actor) => ({
  AND: [
    { OR: [{ recipientId: null }, { recipientId: reader.userId }] },
    ...(hidden.length ? [{ OR: [{ developmentId: null }, { developmentId: { notIn: hidden } }] }] : []),
  ],
});

export async function listNotifications(db: Db, actor: Actor | null, take = 100) {
  const reader = requireAbility(actor, "read");
  const hidden = await hiddenDevelopmentIds(db, reader);
  const [user, items] = await Promise.all([
    db.user.findUnique({ where: { id: reader.userId }, select: { notificationsSeenAt: true } }),
    db.notification.findMany({
      where: visibleTo(hidden, reader),
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, createdAt: true, validOn: true, statusChangeId: true, kind: true, message: true, expectationId: true, developmentId: true },
    }),
  ]);
  const seenAt = user?.notificationsSeenAt ?? null;
  const ids = [...new Set(items.flatMap((n) => (n.expectationId ? [n.expectationId] : [])))];
  const devIds = [...new Set(items.flatMap((n) => (n.developmentId ? [n.developmentId] : [])))];
  const changeIds = items.flatMap((n) => (n.statusChangeId ? [n.statusChangeId] : []));
  const [expectations, developments, revised] = await Promise.all([
    // Each names its survey: with several surveys a statement alone is ambiguous (issue 17).
    db.expectation.findMany({
      where: { id: { in: ids } },
      select: { id: true, statement: true, statementKo: true, survey: { select: { slug: true, title: true, titleKo: true } } },
    }),
    db.development.findMany({ where: { id: { in: devIds.filter((id) => !hidden.includes(id)) } }, select: { id: true, title: true } }),
    // A status change a later re-judgement replaced: the notice stays, marked as revised.
    db.statusChange.findMany({ where: { id: { in: changeIds }, supersededAt: { not: null } }, select: { id: true } }),
  ]);
  const revisedIds = new Set(revised.map((r) => r.id));
  const e = new Map(expectations.map((x) => [x.id, x]));
  const d = new Map(developments.map((x) => [x.id, x]));
  return {
    seenAt,
    items: items.map((n) => ({
      ...n,
      isNew: seenAt === null || n.createdAt > seenAt,
      revised: n.statusChangeId !== null && revisedIds.has(n.statusChangeId),
      expectation: n.expectationId ? (e.get(n.expectationId) ?? null) : null,
      development: n.developmentId ? (d.get(n.developmentId) ?? null) : null,
    })),
  };
}

export async function countUnseen(db: Db, actor: Actor | null): Promise<number> {
  const reader = requireAbility(actor, "read");
  const user = await db.user.findUnique({ where: { id: reader.userId }, select: { notificationsSeenAt: true } });
  const hidden = await hiddenDevelopmentIds(db, reader);
  return db.notification.count({
    where: { ...visibleTo(hidden, reader), ...(user?.notificationsSeenAt ? { createdAt: { gt: user.notificationsSeenAt } } : {}) },
  });
}

export async function markNotificationsSeen(db: Db, actor: Actor | null, now: Date) {
  const reader = requireAbility(actor, "read");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: reader.userId }, data: { notificationsSeenAt: now } });
    await recordAudit(tx, { userId: reader.userId, action: "user.notificationsSeen", entityType: "User", entityId: reader.userId });
  });
}
