// The triage inbox: feed items waiting for an analyst, each with the
// expectations its signposts propose and the rule that matched; counts per
// feed and per expectation; and the newest day fully triaged (coverage).
// Items telling one story are grouped under the newest (./group-near-duplicates.ts),
// and each item names the recent developments it most resembles, for "add as a source".
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { listExpectationOptions } from "../developments/form-data";
import type { Locale } from "../i18n/locales";
import { loadSignpostRules } from "../signposts/list-signposts";
import { matchSignposts } from "../signposts/match-signposts";
import { groupNearDuplicates } from "./group-near-duplicates";
import { likeness, words } from "./similarity";

export const INBOX_PAGE = 100;
// The developments an item may be added to: the most recently logged ones.
const RECENT_DEVELOPMENTS = 300;
const CANDIDATES = 5;
const DAY_MS = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

export async function listInbox(db: Db, actor: Actor | null, locale: Locale, now: Date) {
  requireAbility(actor, "write:evidence");
  const [items, rules, expectations, perFeed, oldest, recent] = await Promise.all([
    db.feedItem.findMany({
      where: { triage: "NEW" },
      orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
      take: INBOX_PAGE,
      select: {
        id: true,
        title: true,
        summary: true,
        link: true,
        publishedAt: true,
        fetchedAt: true,
        feed: { select: { id: true, name: true, language: true } },
      },
    }),
    loadSignpostRules(db),
    listExpectationOptions(db, actor, locale),
    db.feedItem.groupBy({ by: ["feedId"], where: { triage: "NEW" }, _count: { _all: true } }),
    db.feedItem.findFirst({ where: { triage: "NEW" }, orderBy: { fetchedAt: "asc" }, select: { fetchedAt: true } }),
    db.development.findMany({
      where: { deletedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_DEVELOPMENTS,
      select: { id: true, title: true, occurredOn: true },
    }),
  ]);
  const recentWords = recent.map((d) => ({ ...d, words: words(d.title) }));
  const candidatesFor = (title: string) => {
    const w = words(title);
    return recentWords
      .map((d) => ({ id: d.id, title: d.title, occurredOn: d.occurredOn, likeness: likeness(w, d.words) }))
      .filter((d) => d.likeness > 0)
      .sort((a, b) => b.likeness - a.likeness)
      .slice(0, CANDIDATES);
  };
  const statementOf = new Map(expectations.map((e) => [e.id, e.statement]));
  const perExpectation = new Map<string, number>();
  const listed = items.map((item) => {
    const proposals = matchSignposts(`${item.title}\n${item.summary}`, rules).map((m) => ({ ...m, statement: statementOf.get(m.expectationId) ?? "" }));
    for (const p of proposals) perExpectation.set(p.expectationId, (perExpectation.get(p.expectationId) ?? 0) + 1);
    return { ...item, proposals, candidates: candidatesFor(item.title) };
  });
  const feedNames = new Map(items.map((i) => [i.feed.id, i.feed.name]));
  const missingNames = perFeed.filter((f) => !feedNames.has(f.feedId)).map((f) => f.feedId);
  if (missingNames.length)
    for (const f of await db.feed.findMany({ where: { id: { in: missingNames } }, select: { id: true, name: true } })) feedNames.set(f.id, f.name);
  return {
    items: listed,
    groups: groupNearDuplicates(listed).map((g) => ({ lead: g.lead.id, others: g.others.map((o) => o.id) })),
    countsByFeed: perFeed.map((f) => ({ feedId: f.feedId, name: feedNames.get(f.feedId) ?? "", waiting: f._count._all })),
    countsByExpectation: [...perExpectation.entries()].map(([id, n]) => ({ expectationId: id, statement: statementOf.get(id) ?? "", proposed: n })),
    // Every item fetched before the oldest waiting one is triaged: the day before it is covered.
    coveredThrough: oldest ? day(new Date(oldest.fetchedAt.getTime() - DAY_MS)) : day(now),
  };
}
