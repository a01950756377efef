// A real instance for the durability tests and the write benchmark: a new
// SQLite file (migrated, seeded, with accounts made by the product's own
// functions), served from the production build by scripts/serve.mjs.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { seedBaseline } from "../../../lib/baseline/seed-baseline";
import { createDb } from "../../../lib/db-client";
import { createFirstAdmin } from "../../../lib/users/create-first-admin";
import { createUser } from "../../../lib/users/create-user";
import { ifes2025Baseline } from "../../../prisma/baseline/ifes-2025";
import { migrateSqlite } from "../../../scripts/lib/migrate-sqlite";

export type Account = { email: string; password: string };
export type Instance = { dir: string; file: string; env: NodeJS.ProcessEnv; base: string; analysts: Account[]; expectationIds: string[] };

/** What scripts/serve.mjs needs to serve one SQLite file on loopback at `port`, with a fresh auth secret. */
export function serveEnv(url: string, port: number, schedulerInstance: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_URL: `http://127.0.0.1:${port}`,
    BETTER_AUTH_SECRET: crypto.randomBytes(24).toString("hex"),
    SCHEDULER_INSTANCE: schedulerInstance,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export async function prepareInstance(dir: string, port: number, analystCount: number): Promise<Instance> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "tracker.db");
  const url = `file:${file}`;
  migrateSqlite(url);
  const db = createDb(url);
  try {
    await seedBaseline(db, ifes2025Baseline);
    const first = await createFirstAdmin(db, { name: "Load Admin", email: "admin@load.test", password: "admin-password-1" });
    const admin = { userId: first.userId, name: "Load Admin", email: first.email, role: "admin" as const };
    const analysts: Account[] = [];
    for (let i = 0; i < analystCount; i++) {
      const account = { email: `analyst${i}@load.test`, password: `analyst-password-${i}` };
      await createUser(db, admin, { name: `Analyst ${i}`, ...account, role: "analyst" });
      analysts.push(account);
    }
    const expectationIds = (await db.expectation.findMany({ select: { id: true }, orderBy: { key: "asc" } })).map((e) => e.id);
    const base = `http://127.0.0.1:${port}`;
    const env = { ...serveEnv(url, port, `durability-${port}`), SERVE_RESTART_DELAY_MS: "300" };
    return { dir, file, env, base, analysts, expectationIds };
  } finally {
    await db.$disconnect();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** scripts/serve.mjs for this instance; its output goes to <dir>/serve.log. */
export function startServe(instance: Instance, options: { scheduler: boolean }): ChildProcess {
  const log = fs.openSync(path.join(instance.dir, "serve.log"), "a");
  return spawn("node", ["scripts/serve.mjs"], {
    env: { ...instance.env, SERVE_SCHEDULER: options.scheduler ? "1" : "0" },
    stdio: ["ignore", log, log],
  });
}

export async function health(base: string): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return null;
  }
}

export async function waitForHealthy(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await health(base))?.status === 200) return;
    await sleep(250);
  }
  throw new Error(`${base} did not become healthy within ${timeoutMs} ms`);
}

/** The children of a process (serve.mjs's web server and scheduler), from /proc. */
export function childPids(parent: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) found.push({ pid: Number(entry), command: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ") });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Peak resident memory (VmHWM) of a process and its descendants, in MB. */
export function peakRssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return;
    }
    for (const child of childPids(p)) visit(child.pid);
  };
  visit(pid);
  return Math.round(total);
}

export async function stopServe(serve: ChildProcess): Promise<number | null> {
  if (serve.exitCode !== null) return serve.exitCode;
  const exited = new Promise<number | null>((resolve) => serve.once("exit", (code) => resolve(code)));
  serve.kill("SIGTERM");
  return exited;
}
