// npm run db:restore -- <backup file>
// Replaces the SQLite database with a backup. Stop the app (web server and
// scheduler) first; the current file is kept as <name>.before-restore-<time>.
import { databaseKind, sqliteFilePath } from "../lib/db-url";
import { databaseSettings } from "../lib/settings/database";
import { restoreSqlite } from "../lib/ops/sqlite-backup";

function main(): number {
  const backup = process.argv[2];
  const url = databaseSettings().DATABASE_URL;
  if (databaseKind(url) !== "sqlite") {
    console.error("DATABASE_URL is PostgreSQL: restore with pg_restore (see README, Backups).");
    return 2;
  }
  if (!backup) {
    console.error("usage: npm run db:restore -- <backup file>   (stop the app first)");
    return 2;
  }
  const target = sqliteFilePath(url);
  const { keptAs } = restoreSqlite(backup, target, new Date());
  console.log(`restored ${target} from ${backup}${keptAs ? `; the previous database is kept as ${keptAs}` : ""}`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
