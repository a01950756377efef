// How close is a full re-judgement to the database's own speed, how much
// memory does it hold, and what does an incremental run cost?
//
//   npm run bench:evaluation -- [--db sqlite|postgres] [--links 100000] [--expectations N] [--runs 3]
//
// Builds a fresh database (SQLite under bench/out/, or a PostgreSQL database
// bench_evaluation_<links> on BENCH_POSTGRES_URL's server, default the local
// trust-auth one), generates the record (bench/lib/generate-record.ts: the
// seeded baseline plus --expectations generated ones, 1,000 by default at a
// million links and none below), and runs the first live evaluation, which
// writes the history and a year of daily snapshots. Then, each in a fresh
// child process so its peak RSS is its own, interleaved --runs times:
// - floor: one hand-written SQL aggregate over the same live links (each
//   link's stance value times its development's best source factor, summed
//   per expectation), through the same Prisma client;
// - full: the live evaluation re-judging every expectation (nothing new, so
//   it writes nothing: the cost is loading, replaying and comparing);
// each timed on its second call (the first prepares the query shapes, which a
// long-running scheduler does once); then, in this process, a live run with
// nothing new (incremental) and one after one new link. Prints times, ratios
// and peak RSS.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { createDb, type Db } from "../lib/db-client";
import { changedSince } from "../lib/judgement/changed-since";
import { runEvaluation } from "../lib/judgement/run-evaluation";
import { applyPostgresMigrations } from "../scripts/lib/apply-postgres-migrations";
import { migrateSqlite } from "../scripts/lib/migrate-sqlite";
import { generateRecord, RECORD_NOW } from "./lib/generate-record";

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const MB = 1024 * 1024;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
}
function count(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

async function freshDatabase(kind: string, links: number): Promise<string> {
  if (kind === "sqlite") {
    const dir = path.resolve("bench/out");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `evaluation-${links}.db`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    migrateSqlite(`file:${file}`);
    return `file:${file}`;
  }
  if (kind !== "postgres") throw new Error("--db must be sqlite or postgres");
  const name = `bench_evaluation_${links}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await applyPostgresMigrations(url.toString(), path.resolve("prisma/postgres/migrations"));
  return url.toString();
}

// Stance value times the best live source's factor, per expectation: the arithmetic of the rule's net, nothing else.
async function floor(db: Db) {
  const factor = (col: string, pairs: [string | number, number][]) =>
    `CASE ${col} ${pairs.map(([k, v]) => `WHEN ${typeof k === "string" ? `'${k}'` : k} THEN ${v}`).join(" ")} END`;
  const rel = factor(`s."reliability"`, [
    ["A", 1],
    ["B", 0.8],
    ["C", 0.6],
    ["D", 0.4],
    ["E", 0.2],
    ["F", 0.5],
  ]);
  const cred = factor(`s."credibility"`, [
    [1, 1],
    [2, 0.8],
    [3, 0.6],
    [4, 0.4],
    [5, 0.2],
    [6, 0.5],
  ]);
  const stance = factor(`l."stance"`, [
    ["STRONGLY_SUPPORTS", 2],
    ["SUPPORTS", 1],
    ["NEUTRAL", 0],
    ["CONTRADICTS", -1],
    ["STRONGLY_CONTRADICTS", -2],
  ]);
  const rows = await db.$queryRawUnsafe<{ expectationId: string; net: number }[]>(
    `SELECT l."expectationId" AS "expectationId", SUM(${stance} * COALESCE((SELECT MAX(${rel} * ${cred}) FROM "Source" s WHERE s."developmentId" = l."developmentId" AND s."deletedAt" IS NULL), 0)) AS "net"
     FROM "EvidenceLink" l JOIN "Development" d ON d."id" = l."developmentId"
     WHERE l."deletedAt" IS NULL AND d."deletedAt" IS NULL GROUP BY l."expectationId"`,
  );
  return { expectations: rows.length };
}

type Measured = { ms: number; peakMb: number; startMb: number; result: unknown };

/** Child side: one measurement, printed as JSON. */
async function measureOne(what: string, url: string) {
  const db = createDb(url);
  await db.$queryRawUnsafe("SELECT 1");
  const startMb = process.memoryUsage().rss / MB;
  const run = async () => {
    if (what === "floor") return floor(db);
    if (what === "full") return runEvaluation(db, { now: RECORD_NOW, live: true, full: true, jobName: "bench" });
    throw new Error(`unknown measurement ${what}`);
  };
  // The first call pays for preparing each query shape; a scheduler pays that once. Time the second.
  await run();
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  await db.$disconnect();
  const out: Measured = { ms, peakMb: process.resourceUsage().maxRSS / 1024, startMb, result };
  console.log(JSON.stringify(out));
}

function inChild(what: string, url: string): Measured {
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, "--measure", what, "--url", url], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
}

/** One new link, logged as an analyst would (an hour before the run), on a development of mid-year. */
async function addOneLink(db: Db, userId: string) {
  const at = new Date(RECORD_NOW.getTime() - 3600_000);
  const target = await db.expectation.findFirstOrThrow({ where: { key: "talks-resume" }, select: { id: true } });
  await db.development.create({
    data: {
      occurredOn: new Date("2026-05-20T00:00:00Z"),
      title: "One more development",
      summary: "",
      eventType: "TALKS_MEETINGS",
      createdById: userId,
      createdAt: at,
      updatedAt: at,
      sources: { create: [{ publisher: "Yonhap", reliability: "A", credibility: 1, createdAt: at }] },
      evidenceLinks: {
        create: [{ expectationId: target.id, stance: "STRONGLY_SUPPORTS", rationale: "New.", createdById: userId, createdAt: at, updatedAt: at }],
      },
    },
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const kind = option("db", "sqlite");
  const links = count("links", 100_000);
  const expectations = count("expectations", links >= 1_000_000 ? 1000 : 0);
  const runs = count("runs", 3);
  const url = await freshDatabase(kind, links);
  const db = createDb(url);
  let t0 = performance.now();
  const made = await generateRecord(db, url, { links, expectations });
  console.log(`${kind}: generated ${JSON.stringify(made)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const first = await runEvaluation(db, { now: RECORD_NOW, live: true, jobName: "bench" });
  const snapshots = await db.scoreSnapshot.count();
  console.log(
    `first live evaluation (history and a year of snapshots): ${((performance.now() - t0) / 1000).toFixed(1)} s, ${JSON.stringify(first)}, ${snapshots} snapshot rows`,
  );

  const floors: Measured[] = [];
  const fulls: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(inChild("floor", url));
    fulls.push(inChild("full", url));
  }
  // Incremental runs in this process, warm like a scheduler that has run before.
  const incremental = async (): Promise<Measured> => {
    const rss = process.memoryUsage().rss / MB;
    const t = performance.now();
    const result = await runEvaluation(db, { now: RECORD_NOW, live: true, jobName: "bench" });
    return { ms: performance.now() - t, peakMb: process.memoryUsage().rss / MB - rss, startMb: rss, result };
  };
  await incremental();
  await changedSince(db, RECORD_NOW);
  const idle = await incremental();
  await addOneLink(db, made.userId);
  const oneLink = await incremental();
  await db.$disconnect();

  const f = median(floors.map((m) => m.ms));
  const full = median(fulls.map((m) => m.ms));
  const peak = (ms: Measured[]) => Math.max(...ms.map((m) => m.peakMb)).toFixed(0);
  console.log(`\n${kind}, ${made.links} links, ${made.expectations} expectations, ${made.developments} developments (median of ${runs}, interleaved):`);
  console.log(`  SQL floor                ${f.toFixed(0).padStart(7)} ms   peak RSS ${peak(floors)} MB`);
  console.log(
    `  full re-judgement        ${full.toFixed(0).padStart(7)} ms   peak RSS ${peak(fulls)} MB   ratio to floor ${(full / f).toFixed(2)}x   ${JSON.stringify(fulls[0]!.result)}`,
  );
  console.log(
    `  incremental, nothing new ${idle.ms.toFixed(1).padStart(7)} ms   peak RSS ${idle.peakMb.toFixed(0)} MB   ${((idle.ms / full) * 100).toFixed(2)}% of full   ${JSON.stringify(idle.result)}`,
  );
  console.log(
    `  incremental, one link    ${oneLink.ms.toFixed(1).padStart(7)} ms   peak RSS ${oneLink.peakMb.toFixed(0)} MB   ${((oneLink.ms / full) * 100).toFixed(2)}% of full   ${JSON.stringify(oneLink.result)}`,
  );
  console.log(`  (a child process's RSS before measuring: ${fulls[0]!.startMb.toFixed(0)} MB)`);
}

const measure = process.argv.indexOf("--measure");
if (measure !== -1) void measureOne(process.argv[measure + 1]!, option("url", ""));
else
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
