// What a revision stores: the whole of a development as it was saved, so any
// earlier state can be shown again, and the search text derived from it.
import type { DevelopmentInput } from "./schemas";

export type DevelopmentSnapshot = {
  occurredOn: string;
  datePrecision: string;
  title: string;
  summary: string;
  eventType: string;
  actors: string[];
  tags: string[];
  sources: { url: string | null; citation: string | null; publisher: string; publishedOn: string | null; reliability: string; credibility: number }[];
};

export function snapshotOf(input: DevelopmentInput): DevelopmentSnapshot {
  return {
    occurredOn: input.occurredOn,
    datePrecision: input.datePrecision,
    title: input.title,
    summary: input.summary,
    eventType: input.eventType,
    actors: [...input.actors].sort(),
    tags: [...input.tags].sort(),
    sources: input.sources.map(({ url, citation, publisher, publishedOn, reliability, credibility }) => ({
      url,
      citation,
      publisher,
      publishedOn,
      reliability,
      credibility,
    })),
  };
}

/**
 * Text as the list's search compares it: lower case, and LIKE's wildcard and
 * escape characters (% _ \\) swapped for full-width look-alikes. Prisma gives
 * SQLite no ESCAPE clause, so the swap, made on both sides, is what keeps a
 * search for "100%" literal on both databases.
 */
export function normaliseForSearch(text: string): string {
  return text.toLocaleLowerCase().replace(/%/g, "\uFF05").replace(/_/g, "\uFF3F").replace(/\\/g, "\uFF3C");
}

/** What the list's search matches: words in any language, and tags and actors by name. */
export function searchTextOf(input: Pick<DevelopmentInput, "title" | "summary" | "actors" | "tags">): string {
  return normaliseForSearch([input.title, input.summary, ...input.actors, ...input.tags].join("\n"));
}

// Keys of development.changed.* in the message catalogues.
const FIELD_LABELS: [keyof DevelopmentSnapshot, string][] = [
  ["title", "title"],
  ["occurredOn", "date"],
  ["datePrecision", "datePrecision"],
  ["eventType", "eventType"],
  ["summary", "summary"],
  ["actors", "actors"],
  ["tags", "tags"],
  ["sources", "sources"],
];

/** Which parts changed between two saved versions, as catalogue keys ("created" for the first). */
export function changedFields(before: DevelopmentSnapshot | null, after: DevelopmentSnapshot): string[] {
  if (!before) return ["created"];
  return FIELD_LABELS.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, label]) => label);
}
