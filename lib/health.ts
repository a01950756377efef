import "server-only";
import { getDb } from "./db";
import { commitsFailing } from "./db/commit-outcomes";
import { probeHealth, type Health } from "./liveness/heartbeat";
import { logger } from "./log/logger";

/**
 * Whether Object.prototype has gained properties since the process started:
 * a polluted prototype breaks every query (issue 9), so health says so.
 */
function prototypeClean(): boolean {
  for (const key in {}) if (key) return false;
  return Object.getOwnPropertyNames(Object.prototype).every((name) => Object.getOwnPropertyDescriptor(Object.prototype, name)?.enumerable === false);
}

// Probes share one answer for a moment: the endpoint is public, and every
// probe is a write.
const REUSE_MS = 1_000;
let last: { at: number; result: Promise<Health> } | undefined;

export async function checkHealth(): Promise<Health & { prototype: "clean" | "polluted" }> {
  const now = Date.now();
  if (!last || now - last.at >= REUSE_MS) {
    last = { at: now, result: probeHealth(getDb(), new Date(now), (what, error) => logger().error({ err: error }, `health: ${what} check failed`)) };
  }
  const shared = await last.result;
  // A COMMIT that failed after the shared answer was taken still counts: the
  // reuse window saves probe writes, it must not hide a failing save.
  const health: Health = commitsFailing() ? { ...shared, ok: false, writes: "failing" } : shared;
  const prototype = prototypeClean() ? "clean" : "polluted";
  return { ...health, ok: health.ok && prototype === "clean", prototype };
}
