import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const ARTIFACTS = path.resolve("e2e/.artifacts");
export const E2E_DB_FILE = path.join(ARTIFACTS, "db", "e2e.db");
export const ADMIN_STATE = path.join(ARTIFACTS, "admin-state.json");

// Accounts the first-run spec creates through the UI; later specs sign in with them.
export const ACCOUNTS = {
  admin: { name: "Ada Admin", email: "ada@example.test", password: "ada-admin-password" },
  analyst: { name: "Ana Analyst", email: "ana@example.test", password: "ana-analyst-password" },
  viewer: { name: "Vic Viewer", email: "vic@example.test", password: "vic-viewer-password" },
  // Used only by korean.spec.ts, whose language choices must not leak into other specs.
  koreanAnalyst: { name: "김분석", email: "kim@example.test", password: "kim-analyst-password" },
} as const;
