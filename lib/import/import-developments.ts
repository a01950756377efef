// Importing developments: a preview that writes nothing (what would be new,
// updated or unchanged, and every bad row by line), and a confirmation that
// writes the good rows in batches, each batch one transaction with its audit
// row. Rows are matched by external id: re-importing an updated file updates
// the rows that changed and adds nothing twice (docs/decisions/0063).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { parseOrThrow } from "../validation";
import { actorSearchNames } from "../actors/resolve-actors";
import { RELIABILITY_KEYS } from "../developments/admiralty";
import { developmentColumns, sourceColumns } from "../developments/columns";
import { actorIdsFor, tagIdsFor } from "../developments/names";
import { utcDay } from "../developments/schemas";
import { snapshotOf } from "../developments/snapshot";
import { isAcled, mapRecords, type MappedRow } from "./map-rows";
import { readImport } from "./read-import";

export const ImportRequestSchema = z.object({
  format: z.enum(["csv", "json"]),
  text: z.string().min(1, "import.errors.empty"),
  reliability: z.enum(RELIABILITY_KEYS).default("B"),
  credibility: z.coerce.number().int().min(1).max(6).default(3),
});

const BATCH = 500;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function plan(db: Db, raw: unknown, now: Date) {
  const req = parseOrThrow(ImportRequestSchema, raw);
  const { headers, records } = readImport(req.text, req.format);
  const { rows, errors } = mapRecords(records, isAcled(headers), { reliability: req.reliability, credibility: req.credibility, today: utcDay(now) });
  const existing = new Map<string, { id: string; importDigest: string | null; version: number; deletedAt: Date | null }>();
  for (let i = 0; i < rows.length; i += 1000) {
    const found = await db.development.findMany({
      where: { externalId: { in: rows.slice(i, i + 1000).map((r) => r.externalId) } },
      select: { id: true, externalId: true, importDigest: true, version: true, deletedAt: true },
    });
    for (const f of found) existing.set(f.externalId!, f);
  }
  const created = rows.filter((r) => !existing.has(r.externalId));
  const updated = rows.filter((r) => existing.has(r.externalId) && existing.get(r.externalId)!.importDigest !== r.digest);
  return { total: records.length, errors, created, updated, unchanged: rows.length - created.length - updated.length, existing };
}

export async function previewImport(db: Db, actor: Actor | null, raw: unknown, now: Date) {
  requireAbility(actor, "write:evidence");
  const p = await plan(db, raw, now);
  return { total: p.total, errors: p.errors, created: p.created.length, updated: p.updated.length, unchanged: p.unchanged };
}

// Names repeat from row to row: resolved once per batch, not once per row.
type Names = { actors: Map<string, { ids: string[]; names: string[] }>; tags: Map<string, string[]> };

async function namesFor(tx: Tx, cache: Names, row: MappedRow) {
  const actorKey = JSON.stringify(row.input.actors);
  let actors = cache.actors.get(actorKey);
  if (!actors) {
    const ids = await actorIdsFor(tx, row.input.actors);
    actors = { ids, names: await actorSearchNames(tx, ids) };
    cache.actors.set(actorKey, actors);
  }
  const tagKey = JSON.stringify(row.input.tags);
  let tags = cache.tags.get(tagKey);
  if (!tags) {
    tags = await tagIdsFor(tx, row.input.tags);
    cache.tags.set(tagKey, tags);
  }
  return { actorIds: actors.ids, actorNames: actors.names, tagIds: tags };
}

/**
 * New rows of a batch in one statement per table, not one nested create per
 * row: ten thousand rows are a few hundred statements (bench/import.ts).
 */
async function createRows(tx: Tx, userId: string, rows: MappedRow[], now: Date, cache: Names): Promise<string[]> {
  const developments = [];
  const actors = [];
  const tags = [];
  const sources = [];
  const revisions = [];
  for (const row of rows) {
    const { actorIds, actorNames, tagIds } = await namesFor(tx, cache, row);
    const id = randomUUID();
    developments.push({
      ...developmentColumns(row.input, actorNames),
      id,
      externalId: row.externalId,
      importDigest: row.digest,
      createdById: userId,
      createdAt: now,
    });
    actors.push(...actorIds.map((actorId) => ({ developmentId: id, actorId })));
    tags.push(...tagIds.map((tagId) => ({ developmentId: id, tagId })));
    sources.push(...row.input.sources.map((s) => ({ ...sourceColumns(s), developmentId: id })));
    revisions.push({ developmentId: id, version: 1, snapshot: JSON.stringify(snapshotOf(row.input)), editedById: userId, editedAt: now });
  }
  if (developments.length === 0) return [];
  await tx.development.createMany({ data: developments });
  if (actors.length) await tx.developmentActor.createMany({ data: actors });
  if (tags.length) await tx.developmentTag.createMany({ data: tags });
  if (sources.length) await tx.source.createMany({ data: sources });
  await tx.developmentRevision.createMany({ data: revisions });
  return developments.map((d) => d.id);
}

async function updateRow(tx: Tx, userId: string, id: string, version: number, row: MappedRow, now: Date, cache: Names) {
  const { actorIds, actorNames, tagIds } = await namesFor(tx, cache, row);
  await tx.development.update({
    where: { id },
    data: { ...developmentColumns(row.input, actorNames), importDigest: row.digest, version: version + 1 },
  });
  await tx.developmentActor.deleteMany({ where: { developmentId: id } });
  await tx.developmentActor.createMany({ data: actorIds.map((actorId) => ({ developmentId: id, actorId })) });
  await tx.developmentTag.deleteMany({ where: { developmentId: id } });
  await tx.developmentTag.createMany({ data: tagIds.map((tagId) => ({ developmentId: id, tagId })) });
  // The earlier sources stay, soft-deleted: the revisions still name them.
  await tx.source.updateMany({ where: { developmentId: id, deletedAt: null }, data: { deletedAt: now } });
  await tx.source.createMany({ data: row.input.sources.map((s) => ({ ...sourceColumns(s), developmentId: id })) });
  await tx.developmentRevision.create({
    data: { developmentId: id, version: version + 1, snapshot: JSON.stringify(snapshotOf(row.input)), editedById: userId, editedAt: now },
  });
}

export async function confirmImport(db: Db, actor: Actor | null, raw: unknown, now: Date, onProgress?: (done: number, total: number) => void) {
  const analyst = requireAbility(actor, "write:evidence");
  const p = await plan(db, raw, now);
  const importId = randomUUID();
  const work = [...p.created.map((row) => ({ row, current: null })), ...p.updated.map((row) => ({ row, current: p.existing.get(row.externalId)! }))];
  for (let i = 0; i < work.length; i += BATCH) {
    const batch = work.slice(i, i + BATCH);
    await db.$transaction(async (tx) => {
      const cache: Names = { actors: new Map(), tags: new Map() };
      const updated: string[] = [];
      for (const { row, current } of batch) {
        if (!current) continue;
        await updateRow(tx, analyst.userId, current.id, current.version, row, now, cache);
        updated.push(current.id);
      }
      const fresh = batch.filter((w) => !w.current).map((w) => w.row);
      const created = await createRows(tx, analyst.userId, fresh, now, cache);
      await recordAudit(tx, { userId: analyst.userId, action: "development.import", entityType: "Import", entityId: importId, changes: { created, updated } });
    });
    onProgress?.(Math.min(i + BATCH, work.length), work.length);
  }
  return { created: p.created.length, updated: p.updated.length, unchanged: p.unchanged, errors: p.errors.length };
}
