#!/usr/bin/env node
// `npm start`: the built web app and the scheduler, side by side. If either
// stops, the other is stopped too, so a half-running product never lingers.
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "3000";
const children = [
  spawn("node_modules/.bin/next", ["start", "-p", port], { stdio: "inherit" }),
  spawn("node_modules/.bin/tsx", ["jobs/scheduler.ts"], { stdio: "inherit" }),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 3000).unref();
}

for (const child of children) {
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`[serve] ${child.spawnargs.slice(0, 2).join(" ")} exited (${signal ?? code}); stopping`);
    stopAll(code ?? 1);
  });
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
