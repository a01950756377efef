// Parsing of DATABASE_URL shared by the app, the CLI config and the scripts.
// No "server-only" here: prisma.config.ts and scripts import it too.
import path from "node:path";

export type DatabaseKind = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgres";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.split(":")[0]}:..."`);
}

/** Absolute path of a file: URL, resolved against the working directory (the project root). */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "");
  return path.isAbsolute(raw) ? raw : path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}
