import "server-only";
import { getDb } from "./db";
import { probeHealth, type Health } from "./liveness/heartbeat";

// Probes share one answer for a moment: the endpoint is public, and every
// probe is a write.
const REUSE_MS = 1_000;
let last: { at: number; result: Promise<Health> } | undefined;

export function checkHealth(): Promise<Health> {
  const now = Date.now();
  if (last && now - last.at < REUSE_MS) return last.result;
  const result = probeHealth(getDb(), new Date(now), (what, error) => console.error(`[health] ${what} check failed`, error));
  last = { at: now, result };
  return result;
}
