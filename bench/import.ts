// How fast does an import write, against the database's own floor?
//
//   npm run bench:import [-- --rows 10000] [-- --db postgres]
//
// An ACLED-style CSV of --rows events (tests/support/acled-csv.ts) on a fresh
// database. The floor: the same number of developments with one source each,
// written by plain createMany in batches of 500 with no parsing, names or
// revisions. Then the product's path: preview (parse, map, match; writes
// nothing), confirm (everything the floor skips: actors, tags, sources,
// revisions, audit rows), and the same file again (all unchanged).
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import type { Db } from "../lib/db-client";
import { confirmImport, previewImport } from "../lib/import/import-developments";
import { acledStyleCsv } from "../tests/support/acled-csv";
import { createTestActors } from "../tests/support/actors";
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "../tests/support/test-databases";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
const rows = flag("rows", 10_000);
const kind = process.argv.includes("postgres") ? "postgres" : "sqlite";
const fresh = (): Promise<TestDatabase> => (kind === "postgres" ? createPostgresDatabase() : createSqliteDatabase());

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function floor(db: Db, userId: string): Promise<number> {
  const [, ms] = await timed(async () => {
    for (let i = 0; i < rows; i += 500) {
      const ids = Array.from({ length: Math.min(500, rows - i) }, () => randomUUID());
      await db.$transaction(async (tx) => {
        await tx.development.createMany({
          data: ids.map((id, k) => ({
            id,
            occurredOn: new Date("2025-06-02"),
            title: `Event ${i + k}`,
            summary: "launch reported",
            eventType: "MISSILE_TEST",
            createdById: userId,
          })),
        });
        await tx.source.createMany({
          data: ids.map((developmentId) => ({ developmentId, citation: "Yonhap", publisher: "Yonhap", reliability: "B", credibility: 3 })),
        });
      });
    }
  });
  return ms;
}

async function main() {
  const csv = acledStyleCsv(rows);
  const request = { format: "csv", text: csv, reliability: "B", credibility: "3" };
  const now = new Date("2025-12-01T12:00:00Z");

  const a = await fresh();
  const floorMs = await floor(a.db, (await createTestActors(a.db)).analyst.userId);
  await a.drop();

  const b = await fresh();
  const people = await createTestActors(b.db);
  const [, previewMs] = await timed(() => previewImport(b.db, people.analyst, request, now));
  const [done, confirmMs] = await timed(() => confirmImport(b.db, people.analyst, request, now));
  const [again, againMs] = await timed(() => confirmImport(b.db, people.analyst, request, now));
  await b.drop();

  const rate = (ms: number) => `${Math.round(rows / (ms / 1000))} rows/s`;
  console.log(`[import] ${kind}, ${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV)`);
  console.log(`  floor (createMany, one source, no names): ${(floorMs / 1000).toFixed(2)} s, ${rate(floorMs)}`);
  console.log(`  preview:                                   ${(previewMs / 1000).toFixed(2)} s, ${(previewMs / floorMs).toFixed(2)}x floor`);
  console.log(
    `  confirm (${done.created} created):          ${(confirmMs / 1000).toFixed(2)} s, ${rate(confirmMs)}, ${(confirmMs / floorMs).toFixed(2)}x floor`,
  );
  console.log(`  same file again (${again.created} created): ${(againMs / 1000).toFixed(2)} s, ${(againMs / floorMs).toFixed(2)}x floor`);
  console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

void main();
