// Prisma CLI configuration for the embedded SQLite default.
// engine "js" + an adapter lets migrate/diff run through the WebAssembly schema
// engine shipped in the npm package: these machines cannot download Prisma's
// native engines (see docs/decisions/0002-prisma-6-driver-adapters.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "./lib/db-url";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL ?? "file:./data/tracker.db";
    return new PrismaBetterSQLite3({ url: sqliteFilePath(url) });
  },
});
