// Items pile up in "pending" unless someone notices that nothing has come in
// for a while. Flags open expectations with no new evidence for `staleDays`,
// and developments nobody linked to anything within `unlinkedDays`.
import type { Db } from "../db-client";
import { messageKey } from "../i18n/translate-message";
import { OPEN_STATUSES } from "./rule";

const DAY = 24 * 60 * 60 * 1000;

export async function flagStaleness(db: Db, o: { now: Date; staleDays: number; unlinkedDays: number; jobRunId?: string }) {
  const staleBefore = new Date(o.now.getTime() - o.staleDays * DAY);
  const open = await db.expectation.findMany({
    where: { status: { in: [...OPEN_STATUSES] } },
    select: {
      id: true,
      survey: { select: { publishedOn: true } },
      evidenceLinks: { where: { deletedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  let stale = 0;
  for (const e of open) {
    const lastNews = e.evidenceLinks[0]?.createdAt ?? e.survey.publishedOn;
    if (lastNews >= staleBefore) continue;
    // Once per window: a reminder every `staleDays` at most.
    const recent = await db.notification.count({ where: { kind: "STALE", expectationId: e.id, createdAt: { gt: staleBefore } } });
    if (recent) continue;
    const days = Math.floor((o.now.getTime() - lastNews.getTime()) / DAY);
    await db.notification.create({
      data: { createdAt: o.now, kind: "STALE", expectationId: e.id, message: messageKey("notifications.staleMessage", { days }), jobRunId: o.jobRunId },
    });
    stale++;
  }

  const unlinked = await db.development.findMany({
    where: { deletedAt: null, createdAt: { lte: new Date(o.now.getTime() - o.unlinkedDays * DAY) }, evidenceLinks: { none: { deletedAt: null } } },
    select: { id: true },
    take: 500, // bounded: the rest are flagged by the next run
  });
  let flaggedDevelopments = 0;
  for (const d of unlinked) {
    if (await db.notification.count({ where: { kind: "UNLINKED", developmentId: d.id } })) continue;
    await db.notification.create({
      data: {
        createdAt: o.now,
        kind: "UNLINKED",
        developmentId: d.id,
        message: messageKey("notifications.unlinkedMessage", { days: o.unlinkedDays }),
        jobRunId: o.jobRunId,
      },
    });
    flaggedDevelopments++;
  }
  return { stale, unlinked: flaggedDevelopments };
}
