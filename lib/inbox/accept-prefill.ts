// What "accept" puts in the development form: the item's words, the feed as
// the source with its default grade, the actors it names, and the links its
// signposts propose; the analyst edits any of it before saving.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { loadSignpostRules } from "../signposts/list-signposts";
import { findPhrase, matchSignposts } from "../signposts/match-signposts";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function loadAcceptPrefill(db: Db, actor: Actor | null, itemId: string, now: Date) {
  requireAbility(actor, "write:evidence");
  const item = await db.feedItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      triage: true,
      title: true,
      summary: true,
      link: true,
      publishedAt: true,
      feed: { select: { name: true, defaultReliability: true, defaultCredibility: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "inbox.errors.notFound");
  if (item.triage !== "NEW") throw new AppError("CONFLICT", "inbox.errors.alreadyTriaged");
  const text = `${item.title}\n${item.summary}`;
  const [rules, names] = await Promise.all([
    loadSignpostRules(db),
    db.actorName.findMany({ where: { actor: { mergedIntoId: null } }, select: { name: true, actor: { select: { name: true } } } }),
  ]);
  const matches = matchSignposts(text, rules);
  const actors = [...new Set(names.filter((n) => findPhrase(text, [n.name], true)).map((n) => n.actor.name))].slice(0, 10);
  // A story dated after today (a time zone ahead) is logged as today.
  const published = item.publishedAt && item.publishedAt <= now ? item.publishedAt : now;
  return {
    itemId: item.id,
    values: {
      occurredOn: day(published),
      datePrecision: "DAY",
      title: item.title.slice(0, 200),
      summary: item.summary || item.title,
      eventType: matches.find((m) => m.eventTypes.length)?.eventTypes[0] ?? "",
      actors,
      tags: [] as string[],
      sources: [
        {
          url: item.link ?? "",
          citation: "",
          publisher: item.feed.name,
          publishedOn: day(item.publishedAt && item.publishedAt <= now ? item.publishedAt : null),
          reliability: item.feed.defaultReliability as string,
          credibility: String(item.feed.defaultCredibility),
        },
      ],
    },
    proposals: matches,
  };
}
