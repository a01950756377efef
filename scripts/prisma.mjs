#!/usr/bin/env node
// Runs the Prisma CLI with the engine-download attempts switched off.
// The CLI tries to fetch native engines it will not use in adapter mode; on a
// machine with no route to Prisma's host that hangs or fails. Pointing both
// variables at an existing file stops the attempt (docs/decisions/0002).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stub = path.join(root, "scripts", "prisma.mjs");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? stub,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/tracker.db",
  // Only read by the CLI when it validates prisma/postgres/schema.prisma.
  POSTGRES_SCHEMA_URL: process.env.POSTGRES_SCHEMA_URL ?? "postgresql://127.0.0.1:5432/postgres",
};
// The WebAssembly engine opens the SQLite file through the adapter even for
// `migrate diff`, and fails with a bare "External error" when its folder is
// missing (a fresh clone has no data/).
if (env.DATABASE_URL.startsWith("file:")) {
  fs.mkdirSync(path.dirname(path.resolve(root, env.DATABASE_URL.slice("file:".length))), { recursive: true });
}
const bin = path.join(root, "node_modules", ".bin", "prisma");
const result = spawnSync(bin, process.argv.slice(2), { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
