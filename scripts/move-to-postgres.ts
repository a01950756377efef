// npm run db:move-to-postgres -- --to postgresql://user@host:5432/tracker [--from file:./data/tracker.db]
// Copies an existing SQLite instance (default: DATABASE_URL) into an empty
// PostgreSQL database: migrates the target, refuses one with any row, copies
// every table in one transaction, and commits only when every table's row
// count and checksum match (scripts/lib/copy-sqlite-to-postgres.ts). Then
// point DATABASE_URL at PostgreSQL. Stop the app and the scheduler first:
// writes made during the copy stay in the SQLite file only.
import { DEFAULT_DATABASE_URL, databaseKind } from "../lib/db-url";
import { copySqliteToPostgres, MoveRefused } from "./lib/copy-sqlite-to-postgres";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main(): Promise<number> {
  const from = option("from") ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const to = option("to");
  if (!to || databaseKind(to) !== "postgres" || databaseKind(from) !== "sqlite") {
    console.error("usage: npm run db:move-to-postgres -- --to postgresql://... [--from file:...]");
    return 2;
  }
  const started = Date.now();
  try {
    const tables = await copySqliteToPostgres(from, to, (line) => console.log(line));
    const rows = tables.reduce((n, t) => n + t.rows, 0);
    console.log(`moved ${tables.length} tables, ${rows} rows, counts and checksums equal, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log("Now set DATABASE_URL to the PostgreSQL URL and start the app and the scheduler.");
    return 0;
  } catch (error) {
    if (error instanceof MoveRefused) {
      console.error(`refused: ${error.message}`);
      return 3;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`move failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
