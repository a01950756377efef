// Every write endpoint refuses a request without a session (401) and one from
// a viewer (403), and the database is unchanged afterwards. The list of
// endpoints is read from app/api, so a new write endpoint without a sample
// here fails this test until it is covered.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { snapshotRows } from "./support/database";
import { ACCOUNTS, E2E_DB_FILE, E2E_PORT } from "./support/paths";
import { signIn } from "./support/sign-in";

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function discoverWriteEndpoints(dir = "app/api"): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join("app", "api", "auth")) found.push(...discoverWriteEndpoints(full));
    } else if (entry.name === "route.ts") {
      const source = fs.readFileSync(full, "utf8");
      for (const method of WRITE_METHODS) {
        if (new RegExp(`export (const|async function) ${method}\\b`).test(source)) {
          found.push(`${method} /${path.dirname(full).replace(/^app\//, "")}`);
        }
      }
    }
  }
  return found.sort();
}

function anExpectationId(): string {
  const db = new Database(E2E_DB_FILE, { readonly: true });
  try {
    return (db.prepare(`SELECT id FROM "Expectation" ORDER BY id LIMIT 1`).get() as { id: string }).id;
  } finally {
    db.close();
  }
}

// A well-formed request for each endpoint: only the missing right should stop it.
const SAMPLES: Record<string, { path: (id: string) => string; body: unknown }> = {
  "PATCH /api/expectations/[id]/thresholds": {
    path: (id) => `/api/expectations/${id}/thresholds`,
    body: { confirmThreshold: 5, contradictThreshold: -5, expectedVersion: 1, reason: "An intruder's reason" },
  },
  "POST /api/users": {
    path: () => "/api/users",
    body: { name: "Intruder", email: "intruder@example.test", password: "intruder-password", role: "admin" },
  },
  "POST /api/developments": {
    path: () => "/api/developments",
    body: {
      occurredOn: "2025-06-30",
      datePrecision: "DAY",
      title: "Intruder's development",
      eventType: "TALKS_MEETINGS",
      sources: [{ citation: "A statement", publisher: "KCNA", reliability: "C", credibility: 3 }],
    },
  },
  "POST /api/developments/import": {
    path: () => "/api/developments/import",
    body: {
      mode: "confirm",
      format: "csv",
      text: "external_id,date,title,event_type,publisher\nintruder-1,2025-06-30,Intruder's import,TALKS_MEETINGS,KCNA",
    },
  },
};

async function send(request: APIRequestContext, endpoint: string, id: string) {
  const sample = SAMPLES[endpoint];
  if (!sample) throw new Error(`no sample request for ${endpoint}: add one to SAMPLES`);
  const method = endpoint.split(" ")[0]!.toLowerCase() as "post" | "patch" | "put" | "delete";
  return request[method](sample.path(id), { data: sample.body, headers: { origin: `http://localhost:${E2E_PORT}` } });
}

test("every write endpoint is covered by this test", () => {
  const discovered = discoverWriteEndpoints();
  expect(discovered.length).toBeGreaterThanOrEqual(2);
  for (const endpoint of discovered) expect(Object.keys(SAMPLES)).toContain(endpoint);
});

test("without a session every write endpoint answers 401 and writes nothing", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const id = anExpectationId();
  const before = snapshotRows();
  for (const endpoint of Object.keys(SAMPLES)) {
    const response = await send(anonymous, endpoint, id);
    expect(response.status(), endpoint).toBe(401);
  }
  expect(snapshotRows()).toEqual(before);
  await anonymous.dispose();
});

test("a viewer's session gets 403 from every write endpoint and writes nothing", async ({ playwright, baseURL }) => {
  const viewer = await playwright.request.newContext({ baseURL });
  const signedIn = await viewer.post("/api/auth/sign-in/email", {
    data: { email: ACCOUNTS.viewer.email, password: ACCOUNTS.viewer.password },
    headers: { origin: `http://localhost:${E2E_PORT}` },
  });
  expect(signedIn.status()).toBe(200);
  const id = anExpectationId();
  const before = snapshotRows();
  for (const endpoint of Object.keys(SAMPLES)) {
    const response = await send(viewer, endpoint, id);
    expect(response.status(), endpoint).toBe(403);
  }
  expect(snapshotRows()).toEqual(before);
  // Reading is what a viewer may do.
  expect((await viewer.get("/api/expectations")).status()).toBe(200);
  await viewer.dispose();
});

test("a viewer sees the baseline but no way to change it", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await expect(page.getByRole("navigation", { name: "Main" })).not.toContainText("Users");
  await page.goto("/expectations");
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "How it will be judged" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit the expectation" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Record a forecast" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page).not.toHaveURL(/\/admin\/users/);
});
