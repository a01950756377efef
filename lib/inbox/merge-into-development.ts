// "Add as a source": a feed item that tells a story already logged becomes
// another source of that development, graded as its feed's default, instead
// of a second development. The development gains a revision like any edit
// (nothing it held before is changed), and the item is marked accepted with
// the development it went to, in one transaction.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { LIMITS } from "../developments/limits";
import type { DevelopmentSnapshot } from "../developments/snapshot";
import { acceptFeedItemInTx } from "./triage-item";

export const MergeSchema = z.object({ developmentId: z.string().trim().min(1, "inbox.errors.chooseDevelopment").max(40) });

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function mergeFeedItemIntoDevelopment(db: Db, actor: Actor | null, itemId: string, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const { developmentId } = parseOrThrow(MergeSchema, raw);
  return db.$transaction(async (tx) => {
    const item = await tx.feedItem.findUnique({
      where: { id: itemId },
      select: {
        triage: true,
        title: true,
        link: true,
        publishedAt: true,
        feed: { select: { name: true, defaultReliability: true, defaultCredibility: true } },
      },
    });
    if (!item) throw new AppError("NOT_FOUND", "inbox.errors.notFound");
    if (item.triage !== "NEW") throw new AppError("CONFLICT", "inbox.errors.alreadyTriaged");
    const development = await tx.development.findUnique({
      where: { id: developmentId },
      select: { deletedAt: true, version: true, sources: { where: { deletedAt: null }, select: { url: true } } },
    });
    if (!development || development.deletedAt) throw new AppError("NOT_FOUND", "errors.developmentNotFound");
    if (item.link && development.sources.some((s) => s.url === item.link)) throw new AppError("CONFLICT", "inbox.errors.alreadySource");
    if (development.sources.length >= LIMITS.sources) throw new AppError("CONFLICT", "inbox.errors.tooManySources");

    const source = {
      url: item.link,
      citation: item.title.slice(0, 500),
      publisher: item.feed.name,
      publishedOn: item.publishedAt && item.publishedAt <= now ? new Date(`${day(item.publishedAt)}T00:00:00Z`) : null,
      reliability: item.feed.defaultReliability,
      credibility: item.feed.defaultCredibility,
    };
    const { count } = await tx.development.updateMany({ where: { id: developmentId, version: development.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "errors.developmentStale");
    await tx.source.create({ data: { ...source, developmentId } });

    const previous = await tx.developmentRevision.findFirst({ where: { developmentId }, orderBy: { version: "desc" }, select: { snapshot: true } });
    const before = JSON.parse(previous!.snapshot) as DevelopmentSnapshot;
    const after: DevelopmentSnapshot = { ...before, sources: [...before.sources, { ...source, publishedOn: day(source.publishedOn) }] };
    const version = development.version + 1;
    await tx.developmentRevision.create({ data: { developmentId, version, snapshot: JSON.stringify(after), editedById: analyst.userId, editedAt: now } });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "development.update",
      entityType: "Development",
      entityId: developmentId,
      changes: { version, changed: ["sources"], before, after, feedItemId: itemId },
    });
    await acceptFeedItemInTx(tx, analyst.userId, itemId, developmentId, now);
    return { developmentId, version };
  });
}
