// Reads the e2e instance's SQLite file directly, to check what a request did
// (or did not) write. Read-only: the app is the only writer.
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "./paths";

const TABLES = ["user", "account", "session", "AuditLog", "Expectation", "Installation", "Development", "EvidenceLink"] as const;

export function snapshotRows(): Record<string, number | string> {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const counts: Record<string, number | string> = {};
    for (const table of TABLES) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    }
    // Any edit to an expectation bumps its version; the sum shows one.
    counts.expectationVersions = (db.prepare(`SELECT SUM(version) AS v FROM "Expectation"`).get() as { v: number }).v;
    counts.latestAudit = (db.prepare(`SELECT COALESCE(MAX(at), '') AS at FROM "AuditLog"`).get() as { at: string }).at;
    return counts;
  } finally {
    db.close();
  }
}
