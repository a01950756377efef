// Brings the database named by DATABASE_URL up to date with the checked-in
// migrations: `npm run db:migrate`.
import path from "node:path";
import { DEFAULT_DATABASE_URL, databaseKind } from "../lib/db-url";
import { applyPostgresMigrations } from "./lib/apply-postgres-migrations";
import { migrateSqlite } from "./lib/migrate-sqlite";
import { POSTGRES_MIGRATIONS } from "./lib/postgres-schema";

async function main() {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseKind(url) === "sqlite") {
    migrateSqlite(url);
    console.log("SQLite database is up to date.");
    return;
  }
  const { applied, skipped } = await applyPostgresMigrations(url, path.resolve(POSTGRES_MIGRATIONS));
  console.log(`PostgreSQL: applied ${applied.length} migration(s), ${skipped.length} already applied.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
