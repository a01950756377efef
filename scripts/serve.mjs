#!/usr/bin/env node
// `npm start`: the built web app and the scheduler, kept running. A child that
// exits on its own (a crash, an out-of-memory kill) is started again after a
// pause that doubles with each quick failure (1 s up to 30 s) and resets once
// it has stayed up a minute. SIGTERM/SIGINT stop both and exit.
//   HOST  address the web server binds (default 127.0.0.1; 0.0.0.0 in a container)
//   PORT  its port (default 3000)
//   SERVE_SCHEDULER=0  run the web server alone (e.g. schedulers run elsewhere)
// The web server is scripts/next-front.mjs: Next in-process behind a front
// that stamps request ids and client addresses and caps bodies.
import { spawn } from "node:child_process";

const host = process.env.HOST || "127.0.0.1";
const port = process.env.PORT || "3000";
const firstDelayMs = Number(process.env.SERVE_RESTART_DELAY_MS || 1000);
const maxDelayMs = 30_000;
const stableAfterMs = 60_000;

const specs = [
  // The web server behind its front (request ids, client address, body caps): scripts/next-front.mjs.
  { name: "web", command: process.execPath, args: ["scripts/next-front.mjs"] },
  // One process (no tsx wrapper in between), so a signal reaches the scheduler itself.
  ...(process.env.SERVE_SCHEDULER === "0" ? [] : [{ name: "scheduler", command: process.execPath, args: ["--import", "tsx", "jobs/scheduler.ts"] }]),
];

let stopping = false;
const running = new Map(); // name -> child

function log(message) {
  console.error(`[serve] ${new Date().toISOString()} ${message}`);
}

function start(spec, delayMs = firstDelayMs) {
  if (stopping) return;
  const startedAt = Date.now();
  const child = spawn(spec.command, spec.args, { stdio: "inherit", env: process.env });
  running.set(spec.name, child);
  log(`${spec.name} started (pid ${child.pid})`);
  child.on("exit", (code, signal) => {
    running.delete(spec.name);
    if (stopping) return;
    const upMs = Date.now() - startedAt;
    const wait = upMs >= stableAfterMs ? firstDelayMs : delayMs;
    log(`${spec.name} exited (${signal ?? `code ${code}`}) after ${Math.round(upMs / 1000)} s; restarting in ${wait} ms`);
    setTimeout(() => start(spec, Math.min(maxDelayMs, wait * 2)), wait);
  });
  child.on("error", (error) => log(`${spec.name} could not start: ${error.message}`));
}

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  for (const child of running.values()) child.kill("SIGTERM");
  const done = () => running.size === 0 && process.exit(0);
  for (const child of running.values()) child.on("exit", done);
  done();
  // A child that ignores SIGTERM does not keep the product half-stopped.
  setTimeout(() => {
    for (const child of running.values()) child.kill("SIGKILL");
    process.exit(0);
  }, 10_000).unref();
}

process.on("SIGINT", () => stopAll("SIGINT"));
process.on("SIGTERM", () => stopAll("SIGTERM"));
log(`serving on http://${host}:${port}`);
for (const spec of specs) start(spec);
