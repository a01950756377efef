// A served instance holding a generated record, for the benchmarks that go
// through HTTP (bench/pages.ts, bench/lighthouse.ts): a fresh SQLite file with
// the record of generate-record.ts and its first live evaluation (the history
// and a year of daily snapshots the pages read), an admin account, and
// scripts/serve.mjs from the production build, web server only, so no job
// changes the record while it is measured.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../lib/db-client";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { createFirstAdmin } from "../../lib/users/create-first-admin";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";
import { signIn } from "../../tests/durability/support/client";
import { serveEnv, startServe, stopServe, waitForHealthy, type Instance } from "../../tests/durability/support/instance";
import { generateRecord, RECORD_NOW } from "./generate-record";

const ADMIN = { name: "Bench Admin", email: "admin@bench.test", password: "bench-admin-password-1" };

export type RecordInstance = {
  base: string;
  /** The signed-in admin's cookie header. */
  cookie: string;
  /** The page of the expectation with the most links: the heaviest of its kind. */
  expectationPath: string;
  counts: string;
  serverPid: number;
  stop(): Promise<void>;
};

export async function startRecordInstance(links: number, port: number): Promise<RecordInstance> {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tracker-bench-${links}-`));
  const file = path.join(dir, "tracker.db");
  const url = `file:${file}`;
  migrateSqlite(url);
  const db = createDb(url);
  let counts: string;
  let expectationId: string;
  try {
    const made = await generateRecord(db, url, { links, expectations: 0 });
    await runEvaluation(db, { now: RECORD_NOW, live: true, jobName: "bench" });
    await createFirstAdmin(db, ADMIN);
    const [busiest] = await db.evidenceLink.groupBy({ by: ["expectationId"], _count: { _all: true }, orderBy: { _count: { expectationId: "desc" } }, take: 1 });
    expectationId = busiest!.expectationId;
    counts = `${made.links} links, ${made.developments} developments, ${made.expectations} expectations`;
  } finally {
    await db.$disconnect();
  }
  const base = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    dir,
    file,
    base,
    analysts: [],
    expectationIds: [],
    env: serveEnv(url, port, `bench-${port}`),
  };
  const serve = startServe(instance, { scheduler: false });
  const stop = async () => {
    await stopServe(serve);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealthy(base);
    const cookie = await signIn(base, ADMIN.email, ADMIN.password);
    return { base, cookie, expectationPath: `/expectations/${expectationId}`, counts, serverPid: serve.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
