// Applies prisma/postgres/migrations to a PostgreSQL database.
// Prisma 6.19's WebAssembly schema engine cannot run `migrate deploy` against
// PostgreSQL (docs/decisions/0003), so this does what it would: each pending
// migration.sql in name order, in its own transaction, recorded in a
// _prisma_migrations table of the same shape and checksum, so that the native
// `prisma migrate deploy`, where it can be had, agrees with what was applied.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type AppliedMigrations = { applied: string[]; skipped: string[] };

export async function applyPostgresMigrations(url: string, dir: string): Promise<AppliedMigrations> {
  const names = fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
    .sort();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(CREATE_TABLE);
    // One applier at a time per database: a second process waits here.
    await client.query("SELECT pg_advisory_lock(72201)");
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const appliedBefore = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const result: AppliedMigrations = { applied: [], skipped: [] };
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const previous = appliedBefore.get(name);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new Error(`migration ${name} was edited after it was applied (checksum differs)`);
        }
        result.skipped.push(name);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`);
      }
      result.applied.push(name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock(72201)").catch(() => undefined);
    await client.end();
  }
}
