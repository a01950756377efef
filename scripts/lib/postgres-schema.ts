// The PostgreSQL schema is the SQLite schema with another provider and client
// output: one Prisma schema can hold only one provider, and keeping the models
// identical is what lets one codebase serve both (docs/decisions/0003).
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");
export const POSTGRES_MIGRATIONS = path.join("prisma", "postgres", "migrations");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:sync-postgres`: do not edit.\n" + "// Edit prisma/schema.prisma, then run that command.\n\n";

export function postgresSchemaFrom(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-pg"')
    // The CLI checks the URL's scheme; the running app connects through the adapter.
    .replace('url      = env("DATABASE_URL")', 'url      = env("POSTGRES_SCHEMA_URL")');
  if (swapped === sqliteSchema) throw new Error("prisma/schema.prisma: provider or output line not found");
  return HEADER + swapped;
}

export function readText(root: string, rel: string): string {
  return fs.readFileSync(path.join(root, rel), "utf8");
}
