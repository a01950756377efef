// Writes under load, over HTTP against the production build (npm run build first):
//
//   npm run bench:writes [-- --n 2000 --clients 50 --port 3404 --no-evaluate]
//
// A fresh SQLite instance served by scripts/serve.mjs (web server only). First
// the floor: the same server's most trivial route (GET /api/expectations
// signed out, answered 401 by the route handler) from the same clients. Then
// --n developments logged through POST /api/developments by --clients analysts
// while the evaluate job runs in a loop in another process (as in the issue's
// report). Prints requests or saves per second, p50/p99 latency and the web
// server's peak resident memory (VmHWM).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { percentile, signIn } from "../tests/durability/support/client";
import { childPids, peakRssMb, prepareInstance, startServe, stopServe, waitForHealthy } from "../tests/durability/support/instance";
import { runLoad } from "../tests/durability/support/load";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const n = flag("n", 2000);
const clients = flag("clients", 50);
const port = flag("port", 3404);
const withEvaluate = !process.argv.includes("--no-evaluate");

async function floor(base: string, total: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next++ < total) {
        const t = performance.now();
        const response = await fetch(`${base}/api/expectations`);
        await response.arrayBuffer();
        if (response.status !== 401) throw new Error(`trivial route answered ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: total / ((performance.now() - started) / 1000), latencies };
}

const row = (label: string, perSecond: number, latencies: number[], extra = "") =>
  console.log(
    `${label.padEnd(34)} ${perSecond.toFixed(1).padStart(8)}/s   p50 ${percentile(latencies, 50).toFixed(0).padStart(6)} ms   p99 ${percentile(latencies, 99).toFixed(0).padStart(6)} ms ${extra}`,
  );

async function main() {
  const instance = await prepareInstance(fs.mkdtempSync(path.join(os.tmpdir(), "tracker-bench-writes-")), port, 10);
  const serve = startServe(instance, { scheduler: false });
  let loop: ReturnType<typeof spawn> | undefined;
  try {
    await waitForHealthy(instance.base);
    const web = () => childPids(serve.pid!).find((c) => /next/.test(c.command))!.pid;
    await floor(instance.base, 200); // warm-up
    const trivial = await floor(instance.base, n);
    const rssAfterFloor = peakRssMb(web());

    const cookies: string[] = [];
    for (const a of instance.analysts) cookies.push(await signIn(instance.base, a.email, a.password));
    let loopOut = "";
    loop = withEvaluate
      ? spawn("node", ["--import", "tsx", "tests/durability/support/evaluate-loop.ts"], { env: instance.env, stdio: ["ignore", "pipe", "inherit"] })
      : undefined;
    const started = loop;
    if (started) await new Promise<void>((resolve) => started.stdout!.on("data", (c) => ((loopOut += c), loopOut.includes("ready") && resolve())));
    const { outcomes, ms } = await runLoad({ base: instance.base, cookies, clients, total: n, prefix: "bench", expectationIds: instance.expectationIds });
    // The loop's own peak, read before it exits: the scheduler's share of the run's memory.
    const loopPeakMb = started ? peakRssMb(started.pid!) : 0;
    if (started) {
      const stopped = new Promise((resolve) => started.once("exit", resolve));
      started.kill("SIGTERM");
      await stopped;
    }
    const refused = outcomes.filter((o) => !o.ok).length;

    console.log(
      `\n${n} requests each, ${clients} concurrent clients, SQLite, ${os.cpus().length} cores${withEvaluate ? ", evaluate job looping in another process" : ""}`,
    );
    row("floor: GET /api/expectations (401)", trivial.perSecond, trivial.latencies, `  peak RSS ${rssAfterFloor} MB`);
    row(
      "POST /api/developments",
      n / (ms / 1000),
      outcomes.map((o) => o.ms),
      `  peak RSS ${peakRssMb(web())} MB, refused ${refused}`,
    );
    if (loop) console.log(`evaluate loop: ${loopOut.trim().split("\n").at(-1)}; its peak RSS ${loopPeakMb} MB`);
    if (refused) {
      const reasons = new Map<string, number>();
      for (const o of outcomes) if (!o.ok) reasons.set(`${o.status} ${o.message}`, (reasons.get(`${o.status} ${o.message}`) ?? 0) + 1);
      console.log("refusals:", Object.fromEntries(reasons));
      const log = fs.readFileSync(path.join(instance.dir, "serve.log"), "utf8").split("\n");
      console.log(
        log
          .filter((line) => /Error|error/.test(line))
          .slice(0, 10)
          .join("\n"),
      );
    }
  } finally {
    if (loop && loop.exitCode === null && loop.signalCode === null) loop.kill("SIGKILL");
    await stopServe(serve);
    fs.rmSync(instance.dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
