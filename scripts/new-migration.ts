// Authors the next migration for both databases from the current schema.
//   npm run db:new-migration -- <name>
// `prisma migrate dev` does not work in adapter mode (P1014), and neither does
// `migrate diff --from-migrations` (the shadow database gets multi-statement
// SQL the adapter refuses) nor `--from-url`. So the SQL comes from diffing two
// schema files: prisma/migrated-schema.prisma, the schema as of the last
// migration, against the current one, for each provider (docs/decisions/0002).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, postgresSchemaFrom, readText } from "./lib/postgres-schema";

import os from "node:os";

const MIGRATED_SCHEMA = path.join("prisma", "migrated-schema.prisma");

function diff(args: string[]): string {
  return execFileSync("node", ["scripts/prisma.mjs", "migrate", "diff", ...args, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function isEmpty(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

function writeMigration(dir: string, name: string, sql: string, provider: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), `# Written by scripts/new-migration.ts\nprovider = "${provider}"\n`);
}

const label = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(label)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readText(process.cwd(), SQLITE_SCHEMA)));

const hasSnapshot = fs.existsSync(MIGRATED_SCHEMA);
const pgSnapshot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "migration-")), "schema.prisma");
if (hasSnapshot) fs.writeFileSync(pgSnapshot, postgresSchemaFrom(readText(process.cwd(), MIGRATED_SCHEMA)));

const sqliteSql = diff([...(hasSnapshot ? ["--from-schema-datamodel", MIGRATED_SCHEMA] : ["--from-empty"]), "--to-schema-datamodel", SQLITE_SCHEMA]);
const pgSql = diff([...(hasSnapshot ? ["--from-schema-datamodel", pgSnapshot] : ["--from-empty"]), "--to-schema-datamodel", POSTGRES_SCHEMA]);

if (isEmpty(sqliteSql) && isEmpty(pgSql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const name = `${stamp}_${label}`;
writeMigration(SQLITE_MIGRATIONS, name, sqliteSql, "sqlite");
writeMigration(POSTGRES_MIGRATIONS, name, pgSql, "postgresql");
fs.copyFileSync(SQLITE_SCHEMA, MIGRATED_SCHEMA);
console.log(`wrote ${name} for SQLite and PostgreSQL; apply with npm run db:migrate`);
