// Authors the next migration for both databases from the current schema.
//   npm run db:new-migration -- <name>
// `prisma migrate dev` does not work in adapter mode (P1014), so the SQL comes
// from `prisma migrate diff` (docs/decisions/0002):
// - SQLite: from the checked-in migrations to prisma/schema.prisma;
// - PostgreSQL: from the schema the PostgreSQL migrations were last made for
//   (prisma/postgres/migrated-schema.prisma) to the generated PostgreSQL schema,
//   since diffing from migrations would need a shadow PostgreSQL database.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import {
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
  postgresSchemaFrom,
  readText,
} from "./lib/postgres-schema";

const MIGRATED_PG_SCHEMA = path.join("prisma", "postgres", "migrated-schema.prisma");

function diff(args: string[]): string {
  return execFileSync("node", ["scripts/prisma.mjs", "migrate", "diff", ...args, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function hasMigrations(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((d) => fs.statSync(path.join(dir, d)).isDirectory());
}

function isEmpty(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

function writeMigration(dir: string, name: string, sql: string, provider: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  fs.writeFileSync(
    path.join(dir, "migration_lock.toml"),
    `# Written by scripts/new-migration.ts\nprovider = "${provider}"\n`,
  );
}

const label = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(label)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readText(process.cwd(), SQLITE_SCHEMA)));

const sqliteSql = diff([
  ...(hasMigrations(SQLITE_MIGRATIONS) ? ["--from-migrations", SQLITE_MIGRATIONS] : ["--from-empty"]),
  "--to-schema-datamodel",
  SQLITE_SCHEMA,
]);
const pgSql = diff([
  ...(fs.existsSync(MIGRATED_PG_SCHEMA) ? ["--from-schema-datamodel", MIGRATED_PG_SCHEMA] : ["--from-empty"]),
  "--to-schema-datamodel",
  POSTGRES_SCHEMA,
]);

if (isEmpty(sqliteSql) && isEmpty(pgSql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const name = `${stamp}_${label}`;
writeMigration(SQLITE_MIGRATIONS, name, sqliteSql, "sqlite");
writeMigration(POSTGRES_MIGRATIONS, name, pgSql, "postgresql");
fs.copyFileSync(POSTGRES_SCHEMA, MIGRATED_PG_SCHEMA);
console.log(`wrote ${name} for SQLite and PostgreSQL; apply with npm run db:migrate`);
