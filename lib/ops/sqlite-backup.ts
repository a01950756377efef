// Backups of the SQLite file, safe while the app and the scheduler write:
// SQLite's online backup API copies a consistent snapshot that includes what
// is still in the WAL (a plain file copy can miss acknowledged writes).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** "ok", or SQLite's list of problems. */
export function integrityCheck(file: string): string {
  // Not read-only: a WAL-mode file opened read-only leaves its -wal/-shm behind.
  const db = new Database(file, { fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** Copies the live database at `source` to `destination` (a new file), then checks the copy. */
export async function backupSqlite(source: string, destination: string): Promise<{ bytes: number }> {
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists; choose a new name`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  const check = integrityCheck(partial);
  if (check !== "ok") throw new Error(`the copy failed integrity_check: ${check}`);
  fs.renameSync(partial, destination); // only a checked copy gets the real name
  return { bytes: fs.statSync(destination).size };
}

/**
 * Replaces the database at `target` with a checked backup. The app must be
 * stopped: the old file is kept beside it, and its -wal/-shm are removed so
 * they cannot be replayed onto the restored file.
 */
export function restoreSqlite(backup: string, target: string, now: Date): { keptAs?: string } {
  const check = integrityCheck(backup);
  if (check !== "ok") throw new Error(`${backup} failed integrity_check: ${check}`);
  let keptAs: string | undefined;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore-${stamp(now)}`;
    // Fold the WAL into the old file first, so what is kept is complete.
    const old = new Database(target);
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    fs.renameSync(target, keptAs);
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backup, incoming);
  fs.renameSync(incoming, target);
  return { keptAs };
}

export function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

const BACKUP_NAME = /^tracker-\d{8}T\d{6}Z\.db$/;

export const backupFileName = (now: Date) => `tracker-${stamp(now)}.db`;

/** Deletes the oldest scheduled backups in `dir` beyond the newest `keep`. */
export function pruneBackups(dir: string, keep: number): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => BACKUP_NAME.test(n))
    .sort();
  const doomed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of doomed) fs.rmSync(path.join(dir, name));
  return doomed;
}
