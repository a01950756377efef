// Copies every table of a SQLite instance into an empty PostgreSQL database
// of the same migrations, in one PostgreSQL transaction, then compares each
// table's row count and checksum on both sides before committing: a copy
// that differs anywhere is rolled back and nothing is left half-written
// (docs/decisions/0051). A target with any row in any table is refused.
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { Client, types as pgTypes } from "pg";
import { sqliteFilePath } from "../../lib/db-url";
import { applyPostgresMigrations } from "./apply-postgres-migrations";
import { POSTGRES_MIGRATIONS } from "./postgres-schema";

// Read timestamp(3) without time zone back as the UTC it holds, whatever this machine's zone.
const UTC_TIMESTAMPS = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pgTypes.builtins.TIMESTAMP
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
      : pgTypes.getTypeParser(oid, format)) as typeof pgTypes.getTypeParser,
};

export type TableReport = { table: string; rows: number; checksum: string };

export class MoveRefused extends Error {}

const BOOKKEEPING = "_prisma_migrations";
// PostgreSQL allows 65,535 bind parameters per statement.
const MAX_PARAMS = 60_000;

type Column = { name: string; type: string };

/** Tables with parents first (foreign keys), so each insert finds what it refers to. */
function parentsFirst(raw: Database.Database, tables: string[]): { order: string[]; selfRefs: Map<string, string[]> } {
  const parents = new Map<string, Set<string>>();
  const selfRefs = new Map<string, string[]>();
  for (const t of tables) {
    const keys = raw.prepare(`PRAGMA foreign_key_list("${t}")`).all() as { table: string; from: string }[];
    parents.set(t, new Set(keys.filter((k) => k.table !== t).map((k) => k.table)));
    selfRefs.set(
      t,
      keys.filter((k) => k.table === t).map((k) => k.from),
    );
  }
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (order.includes(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents.get(t) ?? []) visit(p, path);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return { order, selfRefs };
}

/** One value in one canonical text, whichever side it was read from. */
function canonical(v: unknown, type: string): string {
  if (v === null || v === undefined) return "\\N";
  if (type.startsWith("timestamp")) return toDate(v).toISOString();
  if (type === "boolean") return v === true || v === 1 || v === "1" || v === "t" ? "t" : "f";
  if (type === "integer" || type === "bigint" || type === "double precision" || type === "real" || type === "numeric") return String(Number(v));
  return String(v);
}

/** SQLite holds a DateTime as text (the adapter's ISO form) or, written by other paths, as milliseconds. */
function toDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === "number" || typeof v === "bigint") return new Date(Number(v));
  const text = String(v);
  return new Date(/^\d+$/.test(text) ? Number(text) : text.includes("T") || text.includes("+") || text.endsWith("Z") ? text : `${text.replace(" ", "T")}Z`);
}

/** Order-independent: the sum of each row's hash, so the two databases' orderings do not matter. */
class Checksum {
  private sum = 0n;
  add(values: string[]) {
    this.sum = (this.sum + crypto.createHash("sha256").update(values.join("\u0001")).digest().readBigUInt64BE(0)) & 0xffffffffffffffffn;
  }
  toString() {
    return this.sum.toString(16).padStart(16, "0");
  }
}

function toPostgres(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null;
  // timestamp(3) without time zone holds UTC, as Prisma writes it.
  if (type.startsWith("timestamp")) return toDate(v).toISOString().replace("Z", "");
  if (type === "boolean") return v === 1 || v === true || v === "1";
  return v;
}

export async function copySqliteToPostgres(from: string, to: string, log: (line: string) => void = () => {}): Promise<TableReport[]> {
  const raw = new Database(sqliteFilePath(from), { readonly: true, fileMustExist: true });
  const pg = new Client({ connectionString: to });
  await pg.connect();
  try {
    await applyPostgresMigrations(to, path.resolve(POSTGRES_MIGRATIONS));
    const applied = (q: { migration_name: string }[]) => q.map((r) => r.migration_name).sort();
    const sqliteMigrations = applied(
      raw.prepare(`SELECT migration_name FROM "${BOOKKEEPING}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string }[],
    );
    const pgMigrations = applied((await pg.query(`SELECT migration_name FROM "${BOOKKEEPING}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows);
    if (sqliteMigrations.join() !== pgMigrations.join())
      throw new MoveRefused("the SQLite file and this version's PostgreSQL migrations differ: run `npm run db:migrate` on the SQLite file first");

    const tables = (
      raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`).all(BOOKKEEPING) as { name: string }[]
    ).map((t) => t.name);
    const columns = new Map<string, Column[]>();
    for (const t of tables) {
      const pgColumns = (
        await pg.query(
          `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
          [t],
        )
      ).rows as Column[];
      const sqliteColumns = (raw.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name).sort();
      if (
        pgColumns
          .map((c) => c.name)
          .sort()
          .join() !== sqliteColumns.join()
      )
        throw new MoveRefused(`table ${t} has other columns in PostgreSQL`);
      columns.set(t, pgColumns);
    }
    for (const t of tables) {
      const { rows } = await pg.query(`SELECT EXISTS (SELECT 1 FROM "${t}") AS "any"`);
      if (rows[0].any) throw new MoveRefused(`the target is not empty (table ${t} has rows); nothing was copied`);
    }

    const { order, selfRefs } = parentsFirst(raw, tables);
    const reports: TableReport[] = [];
    // One snapshot of the SQLite file for the whole copy, while the app may still be writing.
    raw.exec("BEGIN");
    await pg.query("BEGIN");
    try {
      for (const t of order) {
        const cols = columns.get(t)!;
        const later = selfRefs.get(t) ?? [];
        const key = (raw.prepare(`PRAGMA table_info("${t}")`).all() as { name: string; pk: number }[]).filter((c) => c.pk > 0).map((c) => c.name);
        const sum = new Checksum();
        let rows = 0;
        let batch: unknown[][] = [];
        const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
        const flush = async () => {
          if (!batch.length) return;
          const params: unknown[] = [];
          const values = batch.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
          await pg.query(`INSERT INTO "${t}" (${cols.map((c) => `"${c.name}"`).join(", ")}) VALUES ${values.join(", ")}`, params);
          batch = [];
        };
        for (const row of raw.prepare(`SELECT * FROM "${t}"`).iterate() as IterableIterator<Record<string, unknown>>) {
          sum.add(cols.map((c) => canonical(row[c.name], c.type)));
          // A reference to a row of the same table is set once all its rows are in.
          batch.push(cols.map((c) => (later.includes(c.name) ? null : toPostgres(row[c.name], c.type))));
          rows++;
          if (batch.length >= per) await flush();
        }
        await flush();
        for (const c of later) {
          const type = cols.find((x) => x.name === c)!.type;
          for (const row of raw
            .prepare(`SELECT ${key.map((k) => `"${k}"`).join(", ")}, "${c}" AS v FROM "${t}" WHERE "${c}" IS NOT NULL`)
            .iterate() as IterableIterator<Record<string, unknown>>)
            await pg.query(`UPDATE "${t}" SET "${c}" = $1 WHERE ${key.map((k, i) => `"${k}" = $${i + 2}`).join(" AND ")}`, [
              toPostgres(row.v, type),
              ...key.map((k) => row[k]),
            ]);
        }
        reports.push({ table: t, rows, checksum: sum.toString() });
      }
      // Read everything back from PostgreSQL and compare, before anything is committed.
      for (const r of reports) {
        const cols = columns.get(r.table)!;
        const sum = new Checksum();
        const { rows } = await pg.query({
          text: `SELECT ${cols.map((c) => `"${c.name}"`).join(", ")} FROM "${r.table}"`,
          rowMode: "array",
          types: UTC_TIMESTAMPS,
        });
        for (const row of rows as unknown[][]) sum.add(row.map((v, i) => canonical(v, cols[i]!.type)));
        const same = rows.length === r.rows && sum.toString() === r.checksum;
        log(
          `${same ? "ok  " : "DIFF"} ${r.table.padEnd(22)} ${String(r.rows).padStart(9)} rows  ${r.checksum}${same ? "" : ` (PostgreSQL: ${rows.length} rows, ${sum})`}`,
        );
        if (!same) throw new Error(`table ${r.table} differs after the copy; rolled back, nothing was kept`);
      }
      await pg.query("COMMIT");
    } catch (error) {
      await pg.query("ROLLBACK");
      throw error;
    } finally {
      raw.exec("COMMIT");
    }
    return reports;
  } finally {
    raw.close();
    await pg.end();
  }
}
