// RSS 2.0, RSS 1.0 (RDF) and Atom, read with fast-xml-parser (pinned). Pure:
// text in, items out; a document that is not a feed is an error that names why.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FEED_TEXT_LIMITS } from "./limits";

export type ParsedItem = { guid: string | null; link: string | null; title: string; summary: string; publishedAt: Date | null };

export class FeedParseError extends Error {
  override name = "FeedParseError";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  // Entities a DOCTYPE declares are how "billion laughs" documents grow: few
  // and small, and the expanded text bounded (feeds use only the standard ones).
  processEntities: { enabled: true, maxEntityCount: 50, maxEntitySize: 1000, maxExpandedLength: 20_000, maxTotalExpansions: 10_000 },
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : null);

function text(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  const node = asNode(v);
  return node ? text(node["#text"]) : "";
}

// Markup inside descriptions is shown as text: tags dropped, spaces collapsed.
const plain = (s: string, max: number) =>
  s
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);

function date(v: unknown): Date | null {
  const s = text(v).trim();
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : [links];
  let fallback: string | null = null;
  for (const l of list) {
    const node = asNode(l);
    const href = node ? text(node["@href"]) : text(l);
    if (!href) continue;
    const rel = node ? text(node["@rel"]) : "";
    if (rel === "" || rel === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

function item(fields: { guid: unknown; link: string | null; title: unknown; summary: unknown; date: unknown }): ParsedItem | null {
  const title = plain(text(fields.title), FEED_TEXT_LIMITS.title);
  const guid = text(fields.guid).trim().slice(0, FEED_TEXT_LIMITS.guid) || null;
  const link = fields.link?.trim().slice(0, FEED_TEXT_LIMITS.link) || null;
  if (!title || (!guid && !link)) return null; // nothing to show or nothing to know it again by
  return { guid, link, title, summary: plain(text(fields.summary), FEED_TEXT_LIMITS.summary), publishedAt: date(fields.date) };
}

export function parseFeed(xml: string): ParsedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const doc = asNode(parser.parse(xml)) ?? {};
  const rss = asNode(doc.rss);
  const channel = asNode(rss?.channel);
  const rdf = asNode(doc.RDF);
  const atom = asNode(doc.feed);
  let raw: (ParsedItem | null)[];
  if (channel || rdf) {
    const entries = ((channel ?? rdf)!.item as unknown[] | undefined) ?? [];
    raw = entries.map((e) => {
      const n = asNode(e) ?? {};
      const links = n.link as unknown[] | undefined;
      return item({
        guid: n.guid ?? n["@about"],
        link: links ? text(links[0]) : null,
        title: n.title,
        summary: n.description ?? n.encoded,
        date: n.pubDate ?? n.date,
      });
    });
  } else if (atom) {
    raw = ((atom.entry as unknown[] | undefined) ?? []).map((e) => {
      const n = asNode(e) ?? {};
      return item({ guid: n.id, link: atomLink(n.link), title: n.title, summary: n.summary ?? n.content, date: n.published ?? n.updated });
    });
  } else {
    throw new FeedParseError("not an RSS or Atom feed");
  }
  return raw.filter((i): i is ParsedItem => i !== null);
}
