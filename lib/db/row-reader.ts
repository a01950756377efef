// Rows straight from the driver, as arrays, for reads of tens of thousands of
// rows (the evaluation's loader). Prisma's raw queries build an object per row
// and convert every value on the way, which at 100,000 links cost more than
// the query itself (docs/decisions/0097-loader-reads-through-the-driver.md).
// A reader is a second connection that only ever selects: on SQLite (WAL)
// readers never wait for the writer; on PostgreSQL it is a pool of one.
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath, type DatabaseKind } from "../db-url";

/** A query in both placeholder styles, as Prisma.sql builds it: `sql` with `?` (SQLite), `text` with `$1` (PostgreSQL). */
export type Query = { sql: string; text: string; values: unknown[] };

export type RowReader = {
  kind: DatabaseKind;
  /** Every row of the query as an array of column values, in the order selected. */
  rows(query: Query): Promise<unknown[][]>;
  close(): Promise<void>;
};

// Prisma's timestamps (without time zone, holding UTC) stay text, as SQLite
// keeps them: the caller parses the columns it needs, as UTC, once.
const keepText = (value: string) => value;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP ? keepText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function sqliteReader(file: string): RowReader {
  let conn: Database.Database | null = null;
  return {
    kind: "sqlite",
    async rows(query) {
      if (!conn) {
        conn = new Database(file, { fileMustExist: true });
        conn.pragma("query_only = ON");
        conn.pragma("busy_timeout = 5000");
      }
      return conn
        .prepare(query.sql)
        .raw()
        .all(...query.values) as unknown[][];
    },
    async close() {
      conn?.close();
      conn = null;
    },
  };
}

function postgresReader(url: string): RowReader {
  // One connection, closed when idle, never keeping the process alive on its own.
  const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 10_000, allowExitOnIdle: true, types });
  return {
    kind: "postgres",
    async rows(query) {
      const result = await pool.query({ text: query.text, values: query.values, rowMode: "array" });
      return result.rows as unknown[][];
    },
    close: () => pool.end(),
  };
}

export function createRowReader(url: string): RowReader {
  return databaseKind(url) === "postgres" ? postgresReader(url) : sqliteReader(sqliteFilePath(url));
}
