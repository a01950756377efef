import "server-only";
import { getDb } from "./db";

export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    await getDb().survey.count();
    return { ok: true, database: "up" };
  } catch (error) {
    console.error("[health] database check failed", error);
    return { ok: false, database: "down" };
  }
}
