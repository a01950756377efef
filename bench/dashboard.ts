// How fast are the dashboard's data functions and the exports with many rows,
// how much do they read and hold, and which indexes do they use?
//
//   npx tsx bench/dashboard.ts [--n 100000] [--days 365] [--runs 5]
//
// Builds a fresh SQLite file under bench/out/ (migrated, baseline seeded),
// bulk-inserts --n generated developments (bench/lib/generate-developments.ts,
// about 30% linked to an expectation) with better-sqlite3 in the DateTime text
// Prisma writes, then runs the live evaluation once (timed: it writes the
// history and the daily series the dashboard reads) and once more with
// nothing new. Then, per function, through the Prisma client: the median of --runs calls
// after a warm-up; the rows it returned; the rows its SQL statements sent back
// (captured from Prisma's query log and re-run in better-sqlite3); heap and
// RSS during one call (after a forced GC). The developments export is read
// to the end, chunk by chunk, with the heap sampled at every chunk. Last, the
// EXPLAIN QUERY PLAN of the timeline's statements.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import Database from "better-sqlite3";
import type { Actor } from "../lib/auth/actor";
import { seedBaseline } from "../lib/baseline/seed-baseline";
import { dashboardState } from "../lib/dashboard/dashboard-state";
import { developmentTimeline, type TimelineFilter } from "../lib/dashboard/development-timeline";
import { expectationSeries } from "../lib/dashboard/expectation-series";
import { createDb, type Db } from "../lib/db-client";
import { DEFAULT_BATCH_SIZE, developmentsCsvStream, developmentsJsonStream } from "../lib/export/developments-export";
import { expectationsCsv } from "../lib/export/expectations-csv";
import { DEFAULT_EVERYTHING_BATCH, everythingJsonStream } from "../lib/export/everything-export";
import { loadFacts } from "../lib/judgement/load-facts";
import { dayOf, replay } from "../lib/judgement/rule";
import { runEvaluation } from "../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../prisma/baseline/ifes-2025";
import { migrateSqlite } from "../scripts/lib/migrate-sqlite";
import { generateDevelopments, random, sqliteDate } from "./lib/generate-developments";
import { fullScans, loggingClient, queryPlan, timeStatement, type Captured } from "./lib/query-plans";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const DAY = 86_400_000;
// The generator spreads developments over 2025-01-01 .. 2026-10-31; the dashboard looks at its last day.
const AS_OF_DAY = "2026-10-31";
const asOf = new Date(`${AS_OF_DAY}T23:59:59.999Z`);

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function freshDatabase(): string {
  const dir = path.resolve("bench/out");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "dashboard.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  migrateSqlite(`file:${file}`);
  return file;
}

/** Writes a snapshot through Prisma and reads it back raw: the bulk insert must write the same text. */
async function checkDateFormat(db: Db, raw: Database.Database, expectationId: string): Promise<string> {
  const instant = new Date("2025-03-04T00:00:00.000Z");
  const row = await db.scoreSnapshot.create({ data: { expectationId, day: instant, netScore: 0, status: "PENDING", ruleVersion: 1 } });
  const stored = raw.prepare(`SELECT "day" AS v, typeof("day") AS t FROM "ScoreSnapshot" WHERE "id" = ?`).get(row.id) as { v: unknown; t: string };
  await db.scoreSnapshot.delete({ where: { id: row.id } });
  if (stored.v !== sqliteDate(instant)) throw new Error(`Prisma stored ${JSON.stringify(stored.v)}; the bulk insert would write ${sqliteDate(instant)}`);
  return `Prisma writes DateTime as ${stored.t} ${JSON.stringify(stored.v)}; the bulk insert writes the same.`;
}

// The adapter's conversions, as bench/lib/query-plans.ts applies them before EXPLAIN.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
function bindable(value: unknown): unknown {
  if (typeof value === "string" && ISO_INSTANT.test(value)) return sqliteDate(new Date(value));
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** How many rows the statements sent back to Prisma. */
function rowsRead(raw: Database.Database, statements: Captured[]): number {
  return statements.reduce((sum, s) => {
    const prepared = raw.prepare(s.sql);
    return sum + (prepared.reader ? prepared.all(...s.params.map(bindable)).length : 0);
  }, 0);
}

type Memory = { heapBase: number; heapPeak: number; rssPeak: number; retained: number };

/** One call after a forced GC, the heap sampled every millisecond and once more while the result is still held. */
async function memoryOf<T>(run: () => Promise<T>): Promise<{ memory: Memory; result: T }> {
  gc();
  const base = process.memoryUsage();
  const memory: Memory = { heapBase: base.heapUsed, heapPeak: base.heapUsed, rssPeak: base.rss, retained: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    memory.heapPeak = Math.max(memory.heapPeak, m.heapUsed);
    memory.rssPeak = Math.max(memory.rssPeak, m.rss);
  };
  const timer = setInterval(sample, 1);
  const result = await run();
  sample();
  clearInterval(timer);
  gc(); // what is left while the result is still held: the result itself
  memory.retained = process.memoryUsage().heapUsed - base.heapUsed;
  return { memory, result };
}

type Row = { name: string; returned: string; dbRows: string; median: number; min: number; max: number; memory: Memory };

async function measure<T>(name: string, run: () => Promise<T>, describe: (result: T) => string, runs: number, dbRows: () => Promise<string>): Promise<Row> {
  await run(); // warm-up
  const { memory, result } = await memoryOf(run);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return { name, returned: describe(result), dbRows: await dbRows(), median: median(times), min: Math.min(...times), max: Math.max(...times), memory };
}

type StreamStats = { bytes: number; chunks: number; rows: number; heapBase: number; heapPeak: number; liveMax: number; rssPeak: number; largestChunk: number };

/**
 * Reads a stream to the end, the heap sampled at every chunk; counts bytes and
 * CSV records / JSON items. With `liveEvery`, also forces a GC every that many
 * chunks and keeps the largest heap left: what the stream really holds.
 */
async function drain(open: () => Promise<ReadableStream<Uint8Array>>, kind: "csv" | "json", liveEvery = 0): Promise<StreamStats> {
  gc();
  const base = process.memoryUsage();
  const stats: StreamStats = { bytes: 0, chunks: 0, rows: 0, heapBase: base.heapUsed, heapPeak: base.heapUsed, liveMax: 0, rssPeak: base.rss, largestChunk: 0 };
  const reader = (await open()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    stats.bytes += value.length;
    stats.chunks++;
    stats.largestChunk = Math.max(stats.largestChunk, value.length);
    // Rows: CRLF record ends in CSV (embedded line breaks in cells are bare LF), lines starting an item in JSON.
    for (let i = 0; i < value.length; i++) {
      if (kind === "csv" ? value[i] === 0x0d && value[i + 1] === 0x0a : value[i] === 0x0a && value[i + 1] === 0x7b) stats.rows++;
    }
    const m = process.memoryUsage();
    stats.heapPeak = Math.max(stats.heapPeak, m.heapUsed);
    stats.rssPeak = Math.max(stats.rssPeak, m.rss);
    if (liveEvery && stats.chunks % liveEvery === 0) {
      gc();
      stats.liveMax = Math.max(stats.liveMax, process.memoryUsage().heapUsed - base.heapUsed);
    }
  }
  if (kind === "csv") stats.rows--; // the header
  return stats;
}

async function main() {
  const n = flag("n", 100_000);
  const days = flag("days", 365);
  const runs = flag("runs", 5);
  const rssStart = process.memoryUsage().rss;
  const file = freshDatabase();
  const db = createDb(`file:${file}`);
  const raw = new Database(file);

  await seedBaseline(db, ifes2025Baseline);
  const expectations = await db.expectation.findMany({ select: { id: true, key: true, theme: true } });
  console.log(await checkDateFormat(db, raw, expectations[0]!.id));
  const talksResume = expectations.find((e) => e.key === "talks-resume")!;

  let t0 = performance.now();
  const counts = generateDevelopments(raw, { n, expectationIds: expectations.map((e) => e.id), userId: "bench-analyst", rareWord: "plutonium" });
  raw.pragma("wal_checkpoint(TRUNCATE)");
  console.log(`Inserted ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s into ${path.relative(process.cwd(), file)}`);
  // The live evaluation as the scheduler runs it: first on the whole record, then with nothing new.
  const evalNow = new Date(`${AS_OF_DAY}T12:00:00Z`);
  for (const label of ["first live evaluation (writes history and daily series)", "live evaluation with nothing new"]) {
    gc();
    const rss0 = process.memoryUsage().rss;
    t0 = performance.now();
    const written = await runEvaluation(db, { now: evalNow, live: true, jobName: "evaluate" });
    console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms, ${JSON.stringify(written)}, RSS +${mb(process.memoryUsage().rss - rss0)}`);
  }
  raw.pragma("wal_checkpoint(TRUNCATE)");
  console.log(`Database: ${mb(fs.statSync(file).size)}; ${days} days asked for the trend window.`);

  const viewer: Actor = { userId: "bench-viewer", name: "Bench Viewer", email: "viewer@example.test", role: "viewer" };
  const logging = loggingClient(file);
  const dbRowsOf = (call: (ldb: Db) => Promise<unknown>) => async () => {
    const statements = await logging.capture(call);
    return `${rowsRead(raw, statements)} (${statements.length} st.)`;
  };
  const timeline = (f: Omit<TimelineFilter, "asOf">) => (ldb: Db) => developmentTimeline(ldb, viewer, { asOf, ...f });
  const timelineRows = (r: Awaited<ReturnType<typeof developmentTimeline>>) =>
    `${r.months.length} months (${r.months.reduce((s, m) => s + m.count, 0)} developments counted), ${r.markers.length} markers`;

  const rows: Row[] = [];
  const liveLinks = await db.evidenceLink.count({ where: { deletedAt: null, development: { deletedAt: null } } });
  const view = { day: dayOf(asOf), knownThen: false };
  rows.push(
    await measure(
      "dashboardState (as happened: ledger and series)",
      () => dashboardState(db, viewer, view),
      (r) => `${r.expectations.length} expectations, ${r.recent.month} changes in 30 days (${liveLinks} live links)`,
      runs,
      dbRowsOf((ldb) => dashboardState(ldb, viewer, view)),
    ),
  );
  rows.push(
    await measure(
      "dashboardState (as known then: replay)",
      () => dashboardState(db, viewer, { ...view, knownThen: true }),
      (r) => `${r.expectations.length} expectations`,
      runs,
      dbRowsOf((ldb) => dashboardState(ldb, viewer, { ...view, knownThen: true })),
    ),
  );
  rows.push(
    await measure(
      "loadFacts + replay (the rule on every link)",
      async () => replay(await loadFacts(db), { until: view.day }),
      (r) => `${r.final.size} judgements`,
      runs,
      dbRowsOf((ldb) => loadFacts(ldb)),
    ),
  );
  // What the dashboard reads must be what the rule says, day by day.
  const facts = await loadFacts(db);
  for (const day of ["2025-03-31", "2025-09-30", "2026-01-20", AS_OF_DAY]) {
    const d = dayOf(new Date(`${day}T00:00:00Z`));
    const full = replay(facts, { until: d }).final;
    for (const e of (await dashboardState(db, viewer, { day: d, knownThen: false })).expectations) {
      const j = full.get(e.id)!;
      if (j.status !== e.status || j.net !== e.netScore)
        throw new Error(`${day} ${e.key}: dashboardState ${e.status} ${e.netScore}, replay ${j.status} ${j.net}`);
    }
  }
  console.log("dashboardState equals the replay on 2025-03-31, 2025-09-30, 2026-01-20 and " + AS_OF_DAY + ".");
  rows.push(await measure("developmentTimeline (no filter)", () => timeline({})(db), timelineRows, runs, dbRowsOf(timeline({}))));
  rows.push(
    await measure(
      `developmentTimeline (theme ${talksResume.theme})`,
      () => timeline({ theme: talksResume.theme })(db),
      timelineRows,
      runs,
      dbRowsOf(timeline({ theme: talksResume.theme })),
    ),
  );
  rows.push(
    await measure(
      "developmentTimeline (expectation talks-resume)",
      () => timeline({ expectationId: talksResume.id })(db),
      timelineRows,
      runs,
      dbRowsOf(timeline({ expectationId: talksResume.id })),
    ),
  );
  rows.push(
    await measure(
      "expectationSeries (talks-resume)",
      () => expectationSeries(db, viewer, talksResume.id, view),
      (r) => `${r.points.length} points, ${r.changes.length} changes, ${r.steps.length} steps`,
      runs,
      dbRowsOf((ldb) => expectationSeries(ldb, viewer, talksResume.id, view)),
    ),
  );
  rows.push(
    await measure(
      "expectationsCsv (ko)",
      () => expectationsCsv(db, viewer, { asOf, locale: "ko" }),
      (r) => `${r.split("\r\n").length - 2} rows, ${Buffer.byteLength(r)} bytes`,
      runs,
      dbRowsOf((ldb) => expectationsCsv(ldb, viewer, { asOf, locale: "ko" })),
    ),
  );

  // The full developments export, read to the end: --runs times for the time, the first read for memory.
  const exports: { name: string; stats: StreamStats; median: number; min: number; max: number }[] = [];
  const exportCases: { name: string; kind: "csv" | "json" | "everything"; batchSize: number }[] = [
    { name: `developments CSV (batch ${DEFAULT_BATCH_SIZE})`, kind: "csv", batchSize: DEFAULT_BATCH_SIZE },
    { name: `developments JSON (batch ${DEFAULT_BATCH_SIZE})`, kind: "json", batchSize: DEFAULT_BATCH_SIZE },
    { name: "developments CSV (batch 250)", kind: "csv", batchSize: 250 },
    // Issue 15: every table, for a team that leaves (lib/export/everything-export.ts).
    { name: `everything JSON (batch ${DEFAULT_EVERYTHING_BATCH})`, kind: "everything", batchSize: DEFAULT_EVERYTHING_BATCH },
  ];
  const admin: Actor = { ...viewer, role: "admin" };
  for (const c of exportCases) {
    const open = () =>
      c.kind === "csv"
        ? developmentsCsvStream(db, viewer, {}, { locale: "en", batchSize: c.batchSize })
        : c.kind === "json"
          ? developmentsJsonStream(db, viewer, {}, { batchSize: c.batchSize })
          : everythingJsonStream(db, admin, new Date(), c.batchSize);
    const stats = await drain(open, c.kind === "csv" ? "csv" : "json", 1);
    const times: number[] = [];
    for (let i = 0; i < (c.batchSize === DEFAULT_BATCH_SIZE ? runs : 1); i++) {
      t0 = performance.now();
      await drain(open, c.kind === "csv" ? "csv" : "json");
      times.push(performance.now() - t0);
    }
    exports.push({ name: c.name, stats, median: median(times), min: Math.min(...times), max: Math.max(...times) });
  }

  console.log(
    `\nDashboard data on ${n} developments (${counts.links} links, ${await db.scoreSnapshot.count()} snapshots, ${await db.statusChange.count()} status changes), as of ${AS_OF_DAY};`,
  );
  console.log(`median of ${runs} runs after a warm-up (ms); heap/RSS during one call after a forced GC ("heap +" = peak heap used above the post-GC base,`);
  console.log(`garbage included); "DB rows" = rows the function's SQL statements returned to Prisma:\n`);
  console.log(`| function | returned | DB rows | median | min | max | heap + | retained | peak RSS |`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.returned} | ${r.dbRows} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${mb(r.memory.heapPeak - r.memory.heapBase)} | ${mb(r.memory.retained)} | ${mb(r.memory.rssPeak)} |`,
    );
  }
  console.log(
    `\nThe developments export, read to the end (SQLite file ${mb(fs.statSync(file).size)}; ms: median of ${runs} for the default batch, 1 run for batch 250):\n`,
  );
  console.log(`"heap +" = peak heap used over the post-GC base, garbage included; "live" = the most heap left after a forced GC at every chunk:\n`);
  console.log(`| export | rows | bytes | chunks | largest chunk | median | min | max | heap + | live | peak RSS |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const e of exports) {
    const s = e.stats;
    console.log(
      `| ${e.name} | ${s.rows} | ${mb(s.bytes)} | ${s.chunks} | ${(s.largestChunk / 1024).toFixed(0)} KB | ${e.median.toFixed(0)} | ${e.min.toFixed(0)} | ${e.max.toFixed(0)} | ${mb(s.heapPeak - s.heapBase)} | ${mb(s.liveMax)} | ${mb(s.rssPeak)} |`,
    );
  }

  // The timeline's statements, explained: the per-day groupBy and the markers.
  const plans: string[] = [];
  const scanned = new Set<string>();
  for (const [label, f] of [
    ["no filter", {}],
    ["theme", { theme: talksResume.theme }],
    ["expectation", { expectationId: talksResume.id }],
  ] as const) {
    const statements = await logging.capture(timeline(f));
    for (const s of statements) {
      const what = /GROUP BY/.test(s.sql) ? "groupBy per day" : /FROM `main`\.`Development` WHERE .*ORDER BY/.test(s.sql) ? "markers" : "markers' links";
      const plan = queryPlan(raw, s);
      fullScans(plan).forEach((x) => scanned.add(`${x} (${label}, ${what})`));
      // Long IN (?, ?, …) lists of ids, shortened for print.
      const sql = s.sql.replace(/IN \((\?,)+\?\)/g, (m) => `IN (${m.split("?").length - 1} ids)`);
      const params = s.params.length > 12 ? [...s.params.slice(0, 3), `… ${s.params.length} in all`] : s.params;
      plans.push(
        `\n-- developmentTimeline, ${label}: ${what} (${timeStatement(raw, s, runs).toFixed(2)} ms alone in better-sqlite3)`,
        sql,
        `params: ${JSON.stringify(params)}`,
        "QUERY PLAN",
        ...plan,
      );
    }
  }
  console.log(plans.join("\n"));
  console.log(`\nWhole-table or whole-index reads in the timeline's plans: ${scanned.size ? [...scanned].join("; ") : "none"}`);
  console.log(`RSS: start ${mb(rssStart)}, now ${mb(process.memoryUsage().rss)}`);
  await logging.db.$disconnect();
  raw.close();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
