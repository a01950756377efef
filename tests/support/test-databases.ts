// Real databases for data-layer tests, new for every test file and run:
// a SQLite file in a temp folder, and a PostgreSQL database on the local
// server (TEST_POSTGRES_URL, default the machine's trust-auth server).
// Both are migrated with the project's own migration paths.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDb, type Db } from "../../lib/db-client";
import { applyPostgresMigrations } from "../../scripts/lib/apply-postgres-migrations";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";

export type TestDatabase = { kind: "sqlite" | "postgres"; url: string; db: Db; drop: () => Promise<void> };

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateSqlite(url);
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
