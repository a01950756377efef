// Captures the SQL Prisma runs for a call and asks SQLite how it would run it.
// Prisma 6.19 emits "query" log events with driver adapters too: the SQL as
// sent to better-sqlite3 and its parameters as JSON, before the adapter's own
// conversions (Dates as "...Z" strings, LIMIT values as strings), which
// bindable() repeats so EXPLAIN sees what the adapter binds.
import { performance } from "node:perf_hooks";
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../lib/generated/prisma/client";
import type { Db } from "../../lib/db-client";
import { sqliteDate } from "./generate-developments";

export type Captured = { sql: string; params: unknown[] };

export function loggingClient(file: string) {
  const captured: Captured[] = [];
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => captured.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  return {
    db: client as Db,
    /** The statements one call ran. */
    async capture(run: (db: Db) => Promise<unknown>): Promise<Captured[]> {
      captured.length = 0;
      await run(client);
      return [...captured];
    },
  };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function bindable(value: unknown): unknown {
  if (typeof value === "string" && ISO_INSTANT.test(value)) return sqliteDate(new Date(value));
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The list's main statement: the one reading Development in the page's order. */
export function mainStatement(statements: Captured[]): Captured {
  const main = statements.find((s) => /FROM `main`\.`Development`/.test(s.sql) && /ORDER BY/.test(s.sql));
  if (!main) throw new Error(`no Development query among:\n${statements.map((s) => s.sql).join("\n")}`);
  return main;
}

type PlanRow = { id: number; parent: number; detail: string };

/** EXPLAIN QUERY PLAN as SQLite's shell prints it: a tree. */
export function queryPlan(raw: Database.Database, statement: Captured): string[] {
  const rows = raw.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params.map(bindable)) as PlanRow[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((row) => {
    const d = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, d);
    return `${"   ".repeat(d - 1)}|--${row.detail}`;
  });
}

/**
 * Every step that reads a whole table: "SCAN t" (table order) or "SCAN t USING
 * [COVERING] INDEX i" (every entry of an index, in its order). SEARCH steps,
 * which seek into an index, are not listed.
 */
export function fullScans(plan: string[]): string[] {
  return plan.map((line) => line.replace(/^[\s|-]+/, "").replace(/\bmain\./g, "")).filter((detail) => /^SCAN (?!CONSTANT)/.test(detail));
}

/** Median milliseconds of running a captured statement directly with better-sqlite3. */
export function timeStatement(raw: Database.Database, statement: Captured, runs: number): number {
  const prepared = raw.prepare(statement.sql);
  const params = statement.params.map(bindable);
  prepared.all(...params);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    prepared.all(...params);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * The same statement without the join Prisma 6.19 adds for `_count` of
 * evidenceLinks: a GROUP BY over every EvidenceLink row, on every page.
 * Null when the statement has no such join.
 */
export function withoutLinkCount(statement: Captured): Captured | null {
  const column = /, COALESCE\(`aggr_selection_0_EvidenceLink`\.`_aggr_count_evidenceLinks`, 0\) AS `_aggr_count_evidenceLinks`/;
  const join =
    / LEFT JOIN \(SELECT `main`\.`EvidenceLink`\.`developmentId`, COUNT\(\*\) AS `_aggr_count_evidenceLinks` FROM `main`\.`EvidenceLink` WHERE `main`\.`EvidenceLink`\.`deletedAt` IS NULL GROUP BY `main`\.`EvidenceLink`\.`developmentId`\) AS `aggr_selection_0_EvidenceLink` ON \(`main`\.`Development`\.`id` = `aggr_selection_0_EvidenceLink`\.`developmentId`\)/;
  if (!column.test(statement.sql) || !join.test(statement.sql)) return null;
  return { sql: statement.sql.replace(column, "").replace(join, ""), params: statement.params };
}
