// npm run db:backup [-- <file>]
// An online, consistent copy of the SQLite database while the app runs
// (default: backups/tracker-<UTC time>.db). PostgreSQL: use pg_dump (README).
import path from "node:path";
import { databaseKind, sqliteFilePath } from "../lib/db-url";
import { databaseSettings } from "../lib/settings/database";
import { jobSettings } from "../lib/settings/jobs";
import { backupFileName, backupSqlite } from "../lib/ops/sqlite-backup";

async function main(): Promise<number> {
  const url = databaseSettings().DATABASE_URL;
  if (databaseKind(url) !== "sqlite") {
    console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump -Fc (see README, Backups).");
    return 2;
  }
  const destination = path.resolve(process.argv[2] ?? path.join(jobSettings().BACKUP_DIR || "backups", backupFileName(new Date())));
  const started = Date.now();
  const { bytes } = await backupSqlite(sqliteFilePath(url), destination);
  console.log(`backed up to ${destination} (${(bytes / 1024).toFixed(0)} KB, integrity ok, ${Date.now() - started} ms)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`backup failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
