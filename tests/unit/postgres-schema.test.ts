// The PostgreSQL schema and migrations must follow the SQLite ones: the app
// serves both with one set of models (docs/decisions/0003).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, postgresSchemaFrom, readText } from "../../scripts/lib/postgres-schema";

const root = process.cwd();
const migrationNames = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(`${dir}/${d}/migration.sql`))
    .sort();

describe("PostgreSQL schema", () => {
  it("is the SQLite schema with only the provider and output changed (run npm run db:sync-postgres if not)", () => {
    expect(readText(root, POSTGRES_SCHEMA)).toBe(postgresSchemaFrom(readText(root, SQLITE_SCHEMA)));
  });

  it("has been migrated to its current state (run npm run db:new-migration if not)", () => {
    // Comments do not change the database, so they do not need a migration.
    const models = (text: string) =>
      text
        .split("\n")
        .filter((l) => l.trim() && !l.trim().startsWith("//"))
        .join("\n");
    expect(models(readText(root, "prisma/migrated-schema.prisma"))).toBe(models(readText(root, SQLITE_SCHEMA)));
  });

  it("has one migration for each SQLite migration, by the same name", () => {
    expect(migrationNames(POSTGRES_MIGRATIONS)).toEqual(migrationNames(SQLITE_MIGRATIONS));
  });

  it("refuses a schema it cannot convert", () => {
    expect(() => postgresSchemaFrom('datasource db { provider = "mysql" }')).toThrow(/provider or output/);
  });
});
