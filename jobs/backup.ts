// backup: once a day, an online copy of the SQLite database into BACKUP_DIR,
// keeping the newest BACKUP_KEEP. Off while BACKUP_DIR is empty (the default);
// PostgreSQL is backed up with its own tools (README, Backups).
import path from "node:path";
import { databaseKind, sqliteFilePath } from "../lib/db-url";
import { databaseSettings } from "../lib/settings/database";
import { jobSettings } from "../lib/settings/jobs";
import { backupFileName, backupSqlite, pruneBackups } from "../lib/ops/sqlite-backup";
import type { JobCounts } from "../lib/jobs/record-run";
import type { JobDefinition } from "./job-definition";

export const backupJob: JobDefinition = {
  name: "backup",
  description: "Daily online backup of the SQLite database (when BACKUP_DIR is set), keeping BACKUP_KEEP copies.",
  cron: "40 2 * * *", // 02:40 UTC, away from the daily evaluation
  run: async ({ now }): Promise<JobCounts> => {
    const { DATABASE_URL } = databaseSettings();
    const { BACKUP_DIR, BACKUP_KEEP } = jobSettings();
    if (!BACKUP_DIR || databaseKind(DATABASE_URL) !== "sqlite") return { skipped: 1 };
    const dir = path.resolve(BACKUP_DIR);
    const { bytes } = await backupSqlite(sqliteFilePath(DATABASE_URL), path.join(dir, backupFileName(now)));
    const pruned = pruneBackups(dir, BACKUP_KEEP);
    return { backedUp: 1, kilobytes: Math.round(bytes / 1024), pruned: pruned.length };
  },
};
