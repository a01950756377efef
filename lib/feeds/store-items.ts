// Items are stored once: a GUID or a canonical link seen before, in this feed
// or another, before a restart or after, is skipped (docs/decisions/0061).
import type { Db } from "../db-client";
import { isUniqueViolation } from "../errors";
import { canonicalLink } from "./canonical-link";
import type { ParsedItem } from "./parse-feed";

type Keyed = ParsedItem & { guidKey: string | null; linkKey: string | null };

function keyed(items: ParsedItem[]): Keyed[] {
  const seen = new Set<string>();
  const out: Keyed[] = [];
  for (const item of items) {
    const guidKey = item.guid;
    const linkKey = item.link ? canonicalLink(item.link) : null;
    const keys = [guidKey && `g:${guidKey}`, linkKey && `l:${linkKey}`].filter((k): k is string => Boolean(k));
    if (keys.length === 0 || keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push({ ...item, guidKey, linkKey });
  }
  return out;
}

export async function storeFeedItems(db: Db, feedId: string, items: ParsedItem[], now: Date): Promise<number> {
  const candidates = keyed(items);
  if (candidates.length === 0) return 0;
  const guids = candidates.flatMap((c) => (c.guidKey ? [c.guidKey] : []));
  const links = candidates.flatMap((c) => (c.linkKey ? [c.linkKey] : []));
  const known = await db.feedItem.findMany({
    where: { OR: [{ guidKey: { in: guids } }, { linkKey: { in: links } }] },
    select: { guidKey: true, linkKey: true },
  });
  const knownGuids = new Set(known.map((k) => k.guidKey));
  const knownLinks = new Set(known.map((k) => k.linkKey));
  let stored = 0;
  for (const c of candidates) {
    if ((c.guidKey && knownGuids.has(c.guidKey)) || (c.linkKey && knownLinks.has(c.linkKey))) continue;
    try {
      await db.feedItem.create({
        data: { feedId, guidKey: c.guidKey, linkKey: c.linkKey, link: c.link, title: c.title, summary: c.summary, publishedAt: c.publishedAt, fetchedAt: now },
      });
      stored++;
    } catch (error) {
      // Another poll stored it a moment ago: that is the one copy.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return stored;
}
