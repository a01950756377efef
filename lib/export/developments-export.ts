// Every development matching the list's filters, with its live sources and
// links, as CSV (for people) or JSON (for programs). Streamed: the walk reads
// one keyset batch at a time in the list's own order (occurredOn, id
// descending, the index Development(deletedAt, occurredOn, id)), turns it into
// one chunk of text and lets it go before reading the next, so exporting
// 100,000 developments holds one batch in memory, not the table.
//
// The walk is not one snapshot. Without writes in between, every match
// appears exactly once (each batch starts strictly after the last row of the
// one before). A development logged while a long export runs, with a date
// the walk has already passed, is left out; one re-dated from a passed date to
// one still ahead appears twice. Acceptable for a download; a snapshot would
// need one long transaction holding the whole walk.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { roleCan } from "../auth/roles";
import { bestGrade, developmentWhere } from "../developments/list-developments";
import { encodeCursor, type DevelopmentFilters } from "../developments/list-filters";
import { exportHeaders, type ExportHeaderKey } from "../i18n/export-headers";
import type { Locale } from "../i18n/locales";
import { BOM, csvRow, type Cell } from "./csv";
import { labelsFor, type Labels } from "./labels";
import { logger } from "../log/logger";

export const DEFAULT_BATCH_SIZE = 1000;

export type ExportedSource = {
  url: string | null;
  citation: string | null;
  publisher: string;
  publishedOn: string | null;
  reliability: string;
  credibility: number;
};

export type ExportedLink = { expectationKey: string; stance: string; rationale: string };

export type ExportedDevelopment = {
  id: string;
  occurredOn: string;
  datePrecision: "DAY" | "MONTH" | "YEAR";
  title: string;
  summary: string;
  eventType: string;
  actors: string[];
  tags: string[];
  deletedOn: string | null;
  sources: ExportedSource[];
  links: ExportedLink[];
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * All matching developments, newest first, `batchSize` at a time. The filters'
 * cursor and limit (the list's paging) are ignored: an export is every match.
 */
export async function* developmentsBatches(
  db: Db,
  actor: Actor | null,
  filters: DevelopmentFilters,
  batchSize = DEFAULT_BATCH_SIZE,
): AsyncGenerator<ExportedDevelopment[], void, undefined> {
  const reader = requireAbility(actor, "read");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  const canSeeDeleted = roleCan(reader.role, "restore:deleted");
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.development.findMany({
      where: developmentWhere({ ...filters, limit: undefined, cursor }, canSeeDeleted),
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: batchSize,
      select: {
        id: true,
        occurredOn: true,
        datePrecision: true,
        title: true,
        summary: true,
        eventType: true,
        deletedAt: true,
        actors: { select: { actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } },
        tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
        sources: {
          where: { deletedAt: null },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { url: true, citation: true, publisher: true, publishedOn: true, reliability: true, credibility: true },
        },
        evidenceLinks: {
          where: { deletedAt: null },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { stance: true, rationale: true, expectation: { select: { key: true } } },
        },
      },
    });
    if (rows.length === 0) return;
    const last = rows.at(-1)!;
    yield rows.map((r) => ({
      id: r.id,
      occurredOn: day(r.occurredOn),
      datePrecision: r.datePrecision,
      title: r.title,
      summary: r.summary,
      eventType: r.eventType,
      actors: r.actors.map((a) => a.actor.name),
      tags: r.tags.map((t) => t.tag.name),
      deletedOn: r.deletedAt ? day(r.deletedAt) : null,
      sources: r.sources.map((s) => ({ ...s, publishedOn: s.publishedOn ? day(s.publishedOn) : null })),
      links: r.evidenceLinks.map((l) => ({ expectationKey: l.expectation.key, stance: l.stance, rationale: l.rationale })),
    }));
    if (rows.length < batchSize) return;
    cursor = encodeCursor(last.occurredOn, last.id);
  }
}

export const DEVELOPMENT_COLUMNS = [
  "id",
  "occurredOn",
  "title",
  "summary",
  "eventType",
  "eventTypeCode",
  "actors",
  "tags",
  "bestGrade",
  "sources",
  "links",
  "deletedOn",
] as const satisfies readonly ExportHeaderKey[];

/** The date as precisely as it is known: 2025-06-01, 2025-06 or 2025. */
function knownDate(d: ExportedDevelopment): string {
  return d.datePrecision === "YEAR" ? d.occurredOn.slice(0, 4) : d.datePrecision === "MONTH" ? d.occurredOn.slice(0, 7) : d.occurredOn;
}

/** "B2 Yonhap (2025-06-01) https://…" or "C3 MOU — Press release 12". */
export function sourceText(s: ExportedSource): string {
  return [
    `${s.reliability}${s.credibility} ${s.publisher}`,
    s.publishedOn ? ` (${s.publishedOn})` : "",
    s.url ? ` ${s.url}` : "",
    s.citation ? ` — ${s.citation}` : "",
  ].join("");
}

/** "talks-resume: Supports — Both sides confirmed the date." */
export function linkText(l: ExportedLink, labels: Labels): string {
  return `${l.expectationKey}: ${labels.stance(l.stance)} — ${l.rationale}`;
}

export function developmentCsvCells(d: ExportedDevelopment, labels: Labels): Cell[] {
  return [
    d.id,
    knownDate(d),
    d.title,
    d.summary,
    labels.eventType(d.eventType),
    d.eventType,
    d.actors.join("; "),
    d.tags.join("; "),
    bestGrade(d.sources) ?? "",
    d.sources.map(sourceText).join("; "),
    d.links.map((l) => linkText(l, labels)).join("; "),
    d.deletedOn,
  ];
}

/**
 * A byte stream pulled one chunk at a time: highWaterMark 0 means nothing is
 * read ahead of the consumer, so at most one batch is in memory.
 */
export function streamOf(chunks: AsyncGenerator<string, void, undefined>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          // Headers are gone already: the download breaks off instead of ending as if complete.
          logger().error({ err: error }, "export stream failed");
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

export type StreamOptions = { batchSize?: number };

/** CSV, one row a development; refuses (rejects) before streaming when the actor may not read. */
export async function developmentsCsvStream(
  db: Db,
  actor: Actor | null,
  filters: DevelopmentFilters,
  o: StreamOptions & { locale: Locale },
): Promise<ReadableStream<Uint8Array>> {
  requireAbility(actor, "read");
  const labels = await labelsFor(o.locale);
  const batches = developmentsBatches(db, actor, filters, o.batchSize);
  async function* chunks() {
    try {
      yield BOM + csvRow(exportHeaders(o.locale, DEVELOPMENT_COLUMNS));
      for await (const batch of batches) yield batch.map((d) => csvRow(developmentCsvCells(d, labels))).join("");
    } finally {
      await batches.return(undefined);
    }
  }
  return streamOf(chunks());
}

/** A JSON array written incrementally: "[", the items with commas between, "]". */
export async function developmentsJsonStream(
  db: Db,
  actor: Actor | null,
  filters: DevelopmentFilters,
  o: StreamOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  requireAbility(actor, "read");
  const batches = developmentsBatches(db, actor, filters, o.batchSize);
  async function* chunks() {
    try {
      yield "[";
      let first = true;
      for await (const batch of batches) {
        yield batch
          .map((d) => {
            const item = (first ? "\n" : ",\n") + JSON.stringify(d);
            first = false;
            return item;
          })
          .join("");
      }
      yield "\n]\n";
    } finally {
      await batches.return(undefined);
    }
  }
  return streamOf(chunks());
}
