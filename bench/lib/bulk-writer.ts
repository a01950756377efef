// Bulk inserts into a migrated database, SQLite or PostgreSQL, in the exact
// formats Prisma's adapters write: far faster than the Prisma client for a
// million rows. SQLite through better-sqlite3 with prepared statements;
// PostgreSQL through node-postgres with multi-row INSERTs. Dates are passed as
// Date and written as UTC in each database's own format.
import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseKind, sqliteFilePath } from "../../lib/db-url";
import { sqliteDate } from "./generate-developments";

export type Row = unknown[];

export type BulkWriter = {
  /** Queue rows; they are written by `flush` (or when the queue grows large). */
  add(table: string, columns: string[], row: Row): Promise<void>;
  flush(): Promise<void>;
  close(): Promise<void>;
};

const QUEUE_ROWS = 20_000;
// PostgreSQL allows 65,535 bind parameters per statement.
const PG_PARAMS = 60_000;

const pgDate = (d: Date) => d.toISOString().replace("Z", "");

export async function openBulkWriter(url: string): Promise<BulkWriter> {
  const queues = new Map<string, { columns: string[]; rows: Row[] }>();
  let queued = 0;
  let write: (table: string, columns: string[], rows: Row[]) => Promise<void>;
  let begin: () => Promise<void>;
  let commit: () => Promise<void>;
  let end: () => Promise<void>;

  if (databaseKind(url) === "sqlite") {
    const raw = new Database(sqliteFilePath(url));
    raw.pragma("journal_mode = WAL");
    raw.pragma("synchronous = OFF");
    const statements = new Map<string, Database.Statement>();
    write = async (table, columns, rows) => {
      const key = `${table}:${columns.join(",")}`;
      let st = statements.get(key);
      if (!st) {
        st = raw.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        statements.set(key, st);
      }
      for (const row of rows) st.run(...row.map((v) => (v instanceof Date ? sqliteDate(v) : typeof v === "boolean" ? Number(v) : v)));
    };
    begin = async () => void raw.exec("BEGIN");
    commit = async () => void raw.exec("COMMIT");
    end = async () => {
      raw.pragma("wal_checkpoint(TRUNCATE)");
      raw.close();
    };
  } else {
    const client = new Client({ connectionString: url });
    await client.connect();
    write = async (table, columns, rows) => {
      const per = Math.max(1, Math.floor(PG_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const params: unknown[] = [];
        const values = chunk.map((row) => `(${row.map((v) => (params.push(v instanceof Date ? pgDate(v) : v), `$${params.length}`)).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`, params);
      }
    };
    begin = async () => void (await client.query("BEGIN"));
    commit = async () => void (await client.query("COMMIT"));
    end = async () => {
      await client.query("ANALYZE");
      await client.end();
    };
  }

  const flush = async () => {
    if (queued === 0) return;
    await begin();
    // Insertion order of tables is kept (parents first), so foreign keys hold.
    for (const [key, q] of queues) if (q.rows.length) await write(key.split(":")[0]!, q.columns, q.rows.splice(0));
    await commit();
    queued = 0;
  };
  return {
    async add(table, columns, row) {
      const key = `${table}:${columns.join(",")}`;
      if (!queues.has(key)) queues.set(key, { columns, rows: [] });
      queues.get(key)!.rows.push(row);
      if (++queued >= QUEUE_ROWS) await flush();
    },
    flush,
    async close() {
      await flush();
      await end();
    },
  };
}
