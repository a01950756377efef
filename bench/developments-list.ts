// How fast is the developments list with many rows, and which indexes does it use?
//
//   npx tsx bench/developments-list.ts [--n 100000] [--runs 5]
//
// Builds a fresh SQLite file under bench/out/ (migrated, baseline seeded),
// bulk-inserts --n generated developments with better-sqlite3, then times
// listDevelopments through the Prisma client (createDb) per filter: the median
// of --runs calls after one warm-up call. Prints SQLite's EXPLAIN QUERY PLAN of
// each filter's main statement, captured from Prisma's "query" log events.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type { Actor } from "../lib/auth/actor";
import { seedBaseline } from "../lib/baseline/seed-baseline";
import { createDb, type Db } from "../lib/db-client";
import { developmentWhere, listDevelopments } from "../lib/developments/list-developments";
import { encodeCursor, type DevelopmentFilters } from "../lib/developments/list-filters";
import { ifes2025Baseline } from "../prisma/baseline/ifes-2025";
import { migrateSqlite } from "../scripts/lib/migrate-sqlite";
import { generateDevelopments, sqliteDate } from "./lib/generate-developments";
import { fullScans, loggingClient, mainStatement, queryPlan, timeStatement, withoutLinkCount } from "./lib/query-plans";

const RARE_WORD = "plutonium";
const PAGE = 25;
const DEEP_PAGE = 200;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rss = () => mb(process.memoryUsage().rss);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function freshDatabase(): string {
  const dir = path.resolve("bench/out");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "developments-list.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  migrateSqlite(`file:${file}`);
  return file;
}

/** Writes one row through Prisma and reads it back raw: the bulk insert must write the same text. */
async function checkDateFormat(db: Db, raw: Database.Database): Promise<string> {
  const instant = new Date("2025-03-04T05:06:07.089Z");
  const row = await db.development.create({ data: { occurredOn: instant, title: "probe", summary: "", eventType: "OTHER", createdById: "probe" } });
  const stored = raw.prepare(`SELECT "occurredOn" AS v, typeof("occurredOn") AS t FROM "Development" WHERE "id" = ?`).get(row.id) as { v: unknown; t: string };
  await db.development.delete({ where: { id: row.id } });
  if (stored.v !== sqliteDate(instant)) throw new Error(`Prisma stored ${JSON.stringify(stored.v)}; the bulk insert would write ${sqliteDate(instant)}`);
  return `Prisma writes DateTime as ${stored.t} ${JSON.stringify(stored.v)} for ${instant.toISOString()}; the bulk insert writes the same.`;
}

type Case = { name: string; filters: DevelopmentFilters };

async function main() {
  const n = flag("n", 100_000);
  const runs = flag("runs", 5);
  const rssStart = rss();
  const file = freshDatabase();
  const url = `file:${file}`;
  const db = createDb(url);
  const raw = new Database(file);

  await seedBaseline(db, ifes2025Baseline);
  console.log(await checkDateFormat(db, raw));
  const expectations = await db.expectation.findMany({ select: { id: true, key: true } });
  const talksResume = expectations.find((e) => e.key === "talks-resume")!.id;

  let t0 = performance.now();
  const counts = generateDevelopments(raw, { n, expectationIds: expectations.map((e) => e.id), userId: "bench-analyst", rareWord: RARE_WORD });
  const insertMs = performance.now() - t0;
  console.log(`Inserted ${JSON.stringify(counts)} in ${(insertMs / 1000).toFixed(1)} s into ${path.relative(process.cwd(), file)}`);
  const rssAfterInsert = rss();

  const analyst: Actor = { userId: "bench-analyst", name: "Bench Analyst", email: "bench@example.test", role: "analyst" };

  // Page 200 (or the last, for a small --n), reached the way a reader would: following nextCursor.
  t0 = performance.now();
  let cursor: string | undefined;
  let deepPage = 1;
  while (deepPage < DEEP_PAGE) {
    const next = (await listDevelopments(db, analyst, { limit: PAGE, cursor })).nextCursor;
    if (!next) break;
    cursor = next;
    deepPage++;
  }
  const walkMs = performance.now() - t0;
  // The same cursor built directly from the index order, as a cross-check of the walk.
  const row = raw
    .prepare(`SELECT "occurredOn" AS o, "id" FROM "Development" WHERE "deletedAt" IS NULL ORDER BY "occurredOn" DESC, "id" DESC LIMIT 1 OFFSET ?`)
    .get((deepPage - 1) * PAGE - 1) as { o: string; id: string };
  if (cursor && encodeCursor(new Date(row.o), row.id) !== cursor) throw new Error("the walked cursor differs from the one built by OFFSET");

  // The last page, by a cursor built the same way: how the cost grows with depth.
  const active = (raw.prepare(`SELECT count(*) AS c FROM "Development" WHERE "deletedAt" IS NULL`).get() as { c: number }).c;
  const lastRow = raw
    .prepare(`SELECT "occurredOn" AS o, "id" FROM "Development" WHERE "deletedAt" IS NULL ORDER BY "occurredOn" DESC, "id" DESC LIMIT 1 OFFSET ?`)
    .get(Math.max(0, active - PAGE - 1)) as { o: string; id: string };

  const cases: Case[] = [
    { name: "first page, no filters", filters: {} },
    { name: `page ${deepPage} via cursor`, filters: { cursor } },
    { name: `last page (row ${active - PAGE}) via cursor`, filters: { cursor: encodeCursor(new Date(lastRow.o), lastRow.id) } },
    { name: "eventType + date range", filters: { eventType: "MISSILE_TEST", from: "2025-06-01", to: "2025-08-31" } },
    { name: "actor (Kim Jong Un)", filters: { actor: "Kim Jong Un" } },
    { name: "tag (sanctions)", filters: { tag: "sanctions" } },
    { name: "expectationId + stance", filters: { expectationId: talksResume, stance: "SUPPORTS" } },
    { name: "minReliability B", filters: { minReliability: "B" } },
    { name: "q common word (korea)", filters: { q: "korea" } },
    { name: `q rare word (${RARE_WORD})`, filters: { q: RARE_WORD } },
    { name: "q Korean (회담)", filters: { q: "회담" } },
  ];

  const results: { name: string; matching: number; rows: number; median: number; min: number; max: number }[] = [];
  for (const c of cases) {
    const matching = await db.development.count({ where: developmentWhere({ ...c.filters, cursor: undefined }, false) });
    let rows = 0;
    await listDevelopments(db, analyst, c.filters); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      rows = (await listDevelopments(db, analyst, c.filters)).items.length;
      times.push(performance.now() - t0);
    }
    results.push({ name: c.name, matching, rows, median: median(times), min: Math.min(...times), max: Math.max(...times) });
  }
  const rssAfterQueries = rss();

  // The SQL of each case's main statement, captured from Prisma's query log,
  // timed on its own and without the evidence-link count join, and explained.
  const logging = loggingClient(file);
  const plans: string[] = [];
  const flagged: string[] = [];
  const scanned = new Set<string>();
  const sqlTimes: { main: number; bare: number | null }[] = [];
  for (const c of cases) {
    const statements = await logging.capture((ldb) => listDevelopments(ldb, analyst, c.filters));
    const main = mainStatement(statements);
    const bare = withoutLinkCount(main);
    sqlTimes.push({ main: timeStatement(raw, main, runs), bare: bare && timeStatement(raw, bare, runs) });
    const plan = queryPlan(raw, main);
    const scans = fullScans(plan);
    if (scans.some((s) => /^SCAN Development\b/.test(s))) flagged.push(c.name);
    for (const s of scans) scanned.add(s);
    plans.push(`\n-- ${c.name} (${statements.length} statements; the main one:)`, main.sql, `params: ${JSON.stringify(main.params)}`, "QUERY PLAN", ...plan);
  }
  await logging.db.$disconnect();

  console.log(`\nlistDevelopments on ${n} developments, ${PAGE} a page, median of ${runs} runs after a warm-up (ms);`);
  console.log(`"main SQL" is the page's Development statement alone in better-sqlite3, "without count" the same minus the _count join:\n`);
  console.log(`| query | rows matching | rows returned | median | min | max | main SQL | without count |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  results.forEach((r, i) => {
    const { main, bare } = sqlTimes[i]!;
    console.log(
      `| ${r.name} | ${r.matching} | ${r.rows} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${main.toFixed(2)} | ${bare === null ? "-" : bare.toFixed(2)} |`,
    );
  });
  console.log(`\nWalking pages 1..${deepPage - 1} by cursor took ${walkMs.toFixed(0)} ms (${(walkMs / Math.max(1, deepPage - 1)).toFixed(1)} ms a page).`);
  console.log(plans.join("\n"));
  console.log(`\nQueries scanning the whole of Development: ${flagged.length ? flagged.join(", ") : "none"}`);
  console.log(`Whole-table reads in any plan: ${scanned.size ? [...scanned].join("; ") : "none"}`);
  console.log(`RSS: start ${rssStart}, after insert ${rssAfterInsert}, after queries ${rssAfterQueries}, now ${rss()}`);
  raw.close();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
