// 50 analysts log developments through POST /api/developments while the
// evaluate job runs in a loop in another process: every save is acknowledged,
// none refused, each stored exactly once with its sources and link. A backup
// taken halfway restores to a database that passes integrity_check and holds
// everything acknowledged before the backup began.
// The full 2,000 (about 70-90 s here on 2 cores); DURABILITY_SAVES
// scales it down on a slower machine. `npm run bench:writes` prints the timings.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrityCheck } from "../../lib/ops/sqlite-backup";
import { percentile, signIn } from "./support/client";
import { npmScript, storedDevelopments } from "./support/inspect";
import { prepareInstance, startServe, stopServe, waitForHealthy, type Instance } from "./support/instance";
import { runLoad, type Outcome } from "./support/load";

const PORT = Number(process.env.DURABILITY_PORT ?? 3401);
const SAVES = Number(process.env.DURABILITY_SAVES ?? 2000);
const CLIENTS = 50;

describe("writes under load (SQLite, over HTTP)", () => {
  let instance: Instance;
  let serve: ReturnType<typeof startServe>;
  let loop: ReturnType<typeof spawn> | undefined;
  beforeAll(async () => {
    instance = await prepareInstance(fs.mkdtempSync(path.join(os.tmpdir(), "tracker-load-")), PORT, 10);
    serve = startServe(instance, { scheduler: false });
    await waitForHealthy(instance.base);
  });
  afterAll(async () => {
    if (loop && loop.exitCode === null && loop.signalCode === null) loop.kill("SIGKILL"); // never leave it writing
    if (serve) await stopServe(serve);
    if (instance) fs.rmSync(instance.dir, { recursive: true, force: true });
  });

  it(`acknowledges all ${SAVES} saves from ${CLIENTS} analysts, stores each once, and a backup taken meanwhile restores`, async () => {
    // Ten accounts, five clients each: sign-in is rate-limited per address.
    const cookies: string[] = [];
    for (const a of instance.analysts) cookies.push(await signIn(instance.base, a.email, a.password));

    // A second between runs: sixty times the scheduler's pace, and the saves
    // still meet a run holding the write lock again and again.
    const evaluateLoop = spawn("node", ["--import", "tsx", "tests/durability/support/evaluate-loop.ts"], {
      env: { ...instance.env, EVALUATE_LOOP_PAUSE_MS: process.env.EVALUATE_LOOP_PAUSE_MS ?? "1000" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    loop = evaluateLoop;
    let loopOut = "";
    const ready = new Promise<void>((resolve) => {
      evaluateLoop.stdout.on("data", (chunk) => {
        loopOut += chunk;
        if (loopOut.includes("ready")) resolve();
      });
    });
    await ready;

    let backup: Promise<unknown> | undefined;
    let ackedBeforeBackup: string[] = [];
    const backupFile = path.join(instance.dir, "backups", "during-load.db");
    const onOutcome = (_: Outcome, all: Outcome[]) => {
      const acked = all.filter((o) => o.ok);
      if (backup || acked.length < SAVES / 2) return;
      ackedBeforeBackup = acked.map((o) => o.marker);
      backup = npmScript("scripts/db-backup.ts", [backupFile], instance.env);
    };
    const { outcomes, ms } = await runLoad({
      base: instance.base,
      cookies,
      clients: CLIENTS,
      total: SAVES,
      prefix: "load",
      expectationIds: instance.expectationIds,
      onOutcome,
    });
    await backup;
    const stopped = new Promise((resolve) => evaluateLoop.once("exit", resolve));
    evaluateLoop.kill("SIGTERM");
    await stopped;

    const refused = outcomes.filter((o) => !o.ok);
    const latencies = outcomes.map((o) => o.ms);
    console.log(
      `[load] ${SAVES} saves by ${CLIENTS} clients in ${(ms / 1000).toFixed(1)} s: ${(SAVES / (ms / 1000)).toFixed(1)} saves/s, ` +
        `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; evaluate loop ${loopOut.trim()}`,
    );
    expect(refused.slice(0, 5)).toEqual([]);
    expect(outcomes).toHaveLength(SAVES);

    const stored = storedDevelopments(instance.file, "load");
    const wrong = outcomes.map((o) => [o.marker, stored.get(o.marker)] as const).filter(([, s]) => !s || s.copies !== 1 || s.sources !== 2 || s.links !== 1);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(stored.size).toBe(SAVES);

    // The evaluate job ran alongside, as another writer, and none of its runs failed.
    const loopStats = JSON.parse(loopOut.trim().split("\n").at(-1) ?? "{}") as { runs: number; failed: number };
    expect(loopStats.runs).toBeGreaterThan(0);
    expect(loopStats.failed).toBe(0);

    // Restore the backup as an operator would, into a fresh location.
    expect(ackedBeforeBackup.length).toBeGreaterThanOrEqual(SAVES / 2);
    const restoredFile = path.join(instance.dir, "restored", "tracker.db");
    fs.mkdirSync(path.dirname(restoredFile), { recursive: true });
    await npmScript("scripts/db-restore.ts", [backupFile], { ...instance.env, DATABASE_URL: `file:${restoredFile}` });
    expect(integrityCheck(restoredFile)).toBe("ok");
    const restored = storedDevelopments(restoredFile, "load");
    expect(ackedBeforeBackup.filter((m) => restored.get(m)?.copies !== 1)).toEqual([]);
  });
});
