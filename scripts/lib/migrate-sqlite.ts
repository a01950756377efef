// Creates the SQLite file when missing and applies prisma/migrations to it
// with `prisma migrate deploy` (which wants the file to exist first).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../../lib/db-url";

export function migrateSqlite(url: string, root = process.cwd()): void {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets the web server read while the scheduler writes; the setting is
  // stored in the file, so every later connection gets it.
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  execFileSync("node", [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
