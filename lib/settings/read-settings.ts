// Settings come from the environment, validated once per group. Each process
// reads only the groups it uses: the job CLI and the tests never need the web
// server's signing secret (docs/decisions/0041).
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import type { z } from "zod";

// Next.js loads .env itself; scripts and the scheduler run under plain Node,
// so load it here too. Variables already set in the process win.
function loadDotEnv(file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".env")) {
  if (!fs.existsSync(file)) return;
  const parsed = parseEnv(fs.readFileSync(file, "utf8"));
  for (const [key, value] of Object.entries(parsed)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

const cache = new WeakMap<z.ZodType, unknown>();

/** One group of settings, validated; throws one readable error listing every bad variable. */
export function readSettings<S extends z.ZodType>(schema: S, from: Record<string, string | undefined> = process.env): z.infer<S> {
  if (from === process.env && cache.has(schema)) return cache.get(schema) as z.infer<S>;
  if (from === process.env) loadDotEnv();
  const result = schema.safeParse(from);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (from === process.env) cache.set(schema, result.data);
  return result.data;
}
