import "server-only";
import { getDb } from "./db";
import { logger } from "./log/logger";

/**
 * Whether Object.prototype has gained properties since the process started:
 * a polluted prototype breaks every query (issue 9), so health says so.
 */
function prototypeClean(): boolean {
  for (const key in {}) if (key) return false;
  return Object.getOwnPropertyNames(Object.prototype).every((name) => Object.getOwnPropertyDescriptor(Object.prototype, name)?.enumerable === false);
}

export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down"; prototype: "clean" | "polluted" }> {
  const prototype = prototypeClean() ? "clean" : "polluted";
  try {
    await getDb().survey.count();
    return { ok: prototype === "clean", database: "up", prototype };
  } catch (error) {
    logger().error({ err: error }, "health: database check failed");
    return { ok: false, database: "down", prototype };
  }
}
