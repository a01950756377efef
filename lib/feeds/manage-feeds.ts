// Admins add, change and remove feeds; every change is audited in its own
// transaction. A removed feed is soft-deleted: its items stay in the inbox.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError, isUniqueViolation } from "../errors";
import { parseOrThrow } from "../validation";
import { FeedInputSchema } from "./schemas";

export async function addFeed(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<{ id: string }> {
  const admin = requireAbility(actor, "manage:feeds");
  const input = parseOrThrow(FeedInputSchema, raw);
  try {
    return await db.$transaction(async (tx) => {
      const feed = await tx.feed.create({ data: { ...input, createdById: admin.userId, createdAt: now, nextPollAt: now }, select: { id: true } });
      await recordAudit(tx, { userId: admin.userId, action: "feed.create", entityType: "Feed", entityId: feed.id, changes: { after: input } });
      return feed;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "feeds.errors.duplicate", { url: ["feeds.errors.duplicate"] });
    throw error;
  }
}

export async function removeFeed(db: Db, actor: Actor | null, id: string, now: Date): Promise<void> {
  const admin = requireAbility(actor, "manage:feeds");
  await db.$transaction(async (tx) => {
    const { count } = await tx.feed.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
    if (count === 0) throw new AppError("NOT_FOUND", "feeds.errors.notFound");
    await recordAudit(tx, { userId: admin.userId, action: "feed.delete", entityType: "Feed", entityId: id });
  });
}

/** Every live feed with its health and how many items wait in the inbox. */
export async function listFeeds(db: Db, actor: Actor | null) {
  requireAbility(actor, "read");
  const [feeds, waiting] = await Promise.all([
    db.feed.findMany({
      where: { deletedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        url: true,
        name: true,
        language: true,
        defaultReliability: true,
        defaultCredibility: true,
        pollMinutes: true,
        status: true,
        lastError: true,
        lastPolledAt: true,
      },
    }),
    db.feedItem.groupBy({ by: ["feedId"], where: { triage: "NEW" }, _count: { _all: true } }),
  ]);
  const counts = new Map(waiting.map((w) => [w.feedId, w._count._all]));
  return feeds.map((f) => ({ ...f, waiting: counts.get(f.id) ?? 0 }));
}
