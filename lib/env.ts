// The environment, validated once. Every setting the product reads is here,
// with its default; .env.example documents them for operators.
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseKind } from "./db-url";

// Next.js loads .env itself; scripts and the scheduler run under plain Node,
// so load it here too. Variables already set in the process win.
function loadDotEnv(file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".env")) {
  if (!fs.existsSync(file)) return;
  const parsed = parseEnv(fs.readFileSync(file, "utf8"));
  for (const [key, value] of Object.entries(parsed)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => {
      try {
        databaseKind(url);
        return true;
      } catch {
        return false;
      }
    }, "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)"),
  BETTER_AUTH_SECRET: z
    .string({ error: "is required: a random string of at least 32 characters (npm run quickstart writes one to .env)" })
    .min(32, "must be at least 32 characters"),
  APP_URL: z.url().default("http://localhost:3000"),
  SCHEDULER_INSTANCE: z.string().default(() => `scheduler-${process.pid}`),
  // An open expectation with no new evidence for this many days is flagged stale.
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // A development linked to nothing this many days after it was logged is flagged.
  UNLINKED_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // Daily SQLite backups into this folder; empty (the default) turns them off.
  BACKUP_DIR: z.string().default(""),
  // How many daily backups to keep; older ones are deleted.
  BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(7),
  // SameSite of the session cookie: strict unless an operator needs links from
  // other sites to arrive signed in (docs/decisions/0011-security-limits.md).
  SESSION_COOKIE_SAMESITE: z.enum(["strict", "lax"]).default("strict"),
  // Read by scripts/serve.mjs: the header a trusted reverse proxy sets to the
  // client's address; empty means the socket's address (docs/decisions/0012).
  // The CJK font the briefing PDF is drawn with (Korean needs one), and the
  // face to take from a font collection (.ttc); Debian's fonts-noto-cjk by default.
  BRIEFING_FONT_PATH: z.string().default("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
  BRIEFING_FONT_FAMILY: z.string().default("NotoSansCJKkr-Regular"),
  TRUSTED_PROXY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]*$/, "must be a header name such as x-forwarded-for")
    .default(""),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  loadDotEnv();
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = result.data;
  return cached;
}
