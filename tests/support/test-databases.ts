// Real databases for data-layer tests, new for every test file and run:
// a SQLite file in a temp folder, and a PostgreSQL database on the local
// server (TEST_POSTGRES_URL, default the machine's trust-auth server).
// Both are migrated with the project's own migration paths (SQLite once, into
// a template that each test's file is copied from).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createDb, type Db } from "../../lib/db-client";
import { applyPostgresMigrations } from "../../scripts/lib/apply-postgres-migrations";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";

export type TestDatabase = { kind: "sqlite" | "postgres"; url: string; db: Db; drop: () => Promise<void> };

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * A SQLite file migrated once for the current migrations, copied for each
 * test database: `prisma migrate deploy` takes 2.5 s of CPU a file, and the
 * suite makes about a hundred (docs/decisions/0098). Keyed by the migrations'
 * contents, so a new or changed migration makes a new template; built under a
 * temporary name and renamed, so two workers building it at once cannot
 * leave a half-migrated file.
 */
function migratedTemplate(): string {
  const dir = path.resolve("prisma/migrations");
  const hash = crypto.createHash("sha256");
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hash.update(path.relative(dir, file)).update(fs.readFileSync(file));
  }
  const template = path.join(os.tmpdir(), `tracker-test-template-${hash.digest("hex").slice(0, 16)}.db`);
  if (fs.existsSync(template)) return template;
  const building = `${template}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  migrateSqlite(`file:${building}`);
  // Everything into the main file (WAL mode): the copies are of that file alone.
  const sqlite = new Database(building);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  fs.renameSync(building, template);
  return template;
}

export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  fs.copyFileSync(migratedTemplate(), path.join(dir, "test.db"));
  const db = createDb(url);
  return {
    kind: "sqlite",
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `tracker_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await applyPostgresMigrations(url.toString(), path.resolve("prisma/postgres/migrations"));
  const db = createDb(url.toString());
  return {
    kind: "postgres",
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      const client = new Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Both kinds, for describe.each: every data-layer behaviour is checked on each. */
export const DATABASE_KINDS = [
  { kind: "sqlite", create: createSqliteDatabase },
  { kind: "postgres", create: createPostgresDatabase },
] as const;
