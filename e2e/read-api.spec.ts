// Issue 15, the read API over real HTTP against the built app: a person makes
// a token on their tokens page (the secret shown once), a program with only
// that token reads expectations as of a past day, pages developments and
// reads the scorecard; no token can write (405 on the API, 401 on the write
// endpoints, nothing changes); revoked on the page, the token gets 401. The
// served OpenAPI document validates. An expired token's 401 is shown against
// the route handlers in tests/db/read-api.test.ts (no waiting a day here).
import { compileErrors, validate } from "@readme/openapi-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readRows, tableCounts } from "./support/actions";
import { ACCOUNTS, ADMIN_STATE } from "./support/paths";
import { signIn } from "./support/sign-in";

// Written by the scheduler on its own, and by signing in; ApiToken's last use is the one write a read makes.
const BACKGROUND_TABLES = [
  "JobRun",
  "JobLease",
  "EvaluationCheckpoint",
  "ScoreSnapshot",
  "StatusChange",
  "Notification",
  "SignInAttempt",
  "session",
  "Heartbeat",
];

test.describe.configure({ timeout: 120_000 });

const expectationCount = () => readRows<{ n: number }>(`SELECT COUNT(*) AS n FROM "Expectation"`)[0]!.n;

test("a token made on the page reads as of a past day, cannot write, and stops working once revoked", async ({ page, playwright, baseURL }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/change-password");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const name = `Notebook ${Date.now()}`;
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("spinbutton", { name: "Expires after (days)" }).fill("30");
  await page.getByRole("button", { name: "Create a token" }).click();
  await expect(page.getByText("Token created.")).toBeVisible();
  const secret = (await page.getByTestId("new-token").textContent())!.trim();
  expect(secret).toMatch(/^pot_[A-Za-z0-9_-]{43}$/);
  // The secret and the list fit a phone's width.
  await page.setViewportSize({ width: 390, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await test.info().attach("api-tokens-secret-390", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.setViewportSize({ width: 1280, height: 900 });
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(-4));
  await expect(row).toContainText("Never");
  // Shown once: after a reload the secret is nowhere on the page.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  // A program: no cookies, only the token.
  const api: APIRequestContext = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const past = "2025-03-31";
  const read = await api.get(`/api/v1/expectations?asOf=${past}`);
  expect(read.status()).toBe(200);
  expect(read.headers()["cache-control"]).toContain("no-store");
  const body = (await read.json()) as { asOf: string; expectations: { key: string; status: string; history: { validFrom: string }[] }[] };
  expect(body.asOf).toBe(past);
  expect(body.expectations.length).toBe(expectationCount());
  for (const e of body.expectations) for (const h of e.history) expect(h.validFrom <= `${past}T23:59:59.999Z`, e.key).toBe(true);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("Never");

  const card = await api.get(`/api/v1/scorecard?asOf=${past}`);
  expect(card.status()).toBe(200);
  expect((await card.json()).overall).toMatchObject({ verdict: expect.any(String) });
  const first = await api.get("/api/v1/developments?limit=1");
  expect(first.status()).toBe(200);
  const page1 = (await first.json()) as { developments: { id: string }[]; nextCursor: string | null };
  expect(page1.developments.length).toBeLessThanOrEqual(1);
  if (page1.nextCursor) {
    const page2 = (await (await api.get(`/api/v1/developments?limit=1&cursor=${page1.nextCursor}`)).json()) as typeof page1;
    expect(page2.developments[0]?.id).not.toBe(page1.developments[0]!.id);
  }
  const unknown = await api.get(`/api/v1/expectations?as_of=${past}`);
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toMatchObject({ code: "BAD_REQUEST", param: "as_of" });
  expect((await api.get("/api/v1/developments?limit=1000")).status()).toBe(400);

  // No token can write: the API answers 405 to every other method, the write endpoints read no token.
  const before = tableCounts([...BACKGROUND_TABLES, "ApiToken"]);
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    const r = await api.fetch("/api/v1/expectations", { method, data: { status: "CONFIRMED" }, failOnStatusCode: false });
    expect(r.status(), method).toBe(405);
    expect(r.headers()["allow"]).toBe("GET, HEAD");
  }
  const origin = new URL(baseURL!).origin;
  const write = await api.post("/api/developments", {
    data: { occurredOn: "2025-06-30", datePrecision: "DAY", title: "By token", eventType: "STATEMENT", sources: [] },
    headers: { origin },
    failOnStatusCode: false,
  });
  expect(write.status()).toBe(401);
  expect(
    (await api.post("/api/users", { data: { name: "T", email: "t@example.test", password: "token-password-1", role: "admin" }, headers: { origin } })).status(),
  ).toBe(401);
  expect(tableCounts([...BACKGROUND_TABLES, "ApiToken"])).toEqual(before);

  // The viewer's session alone opens no API door: the token is the only credential read there.
  const cookieOnly = await page.request.get("/api/v1/expectations");
  expect(cookieOnly.status()).toBe(401);

  // Revoked on the page: 401 with a JSON error.
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByText("Token revoked: it no longer works.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  const refused = await api.get(`/api/v1/expectations?asOf=${past}`);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain("Bearer");
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
  const nobody = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: "Bearer pot_" + "A".repeat(43) } });
  expect((await nobody.get("/api/v1/scorecard")).status()).toBe(401);
  await nobody.dispose();
  await api.dispose();
});

test("the served OpenAPI document validates and needs no token", async ({ request }) => {
  const r = await request.get("/api/v1/openapi.json");
  expect(r.status()).toBe(200);
  const doc = await r.json();
  expect(doc.openapi).toBe("3.1.0");
  const result = await validate(doc);
  expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/expectations", "/api/v1/developments", "/api/v1/scorecard"]));
});

test("the full download is an admin's, by session only", async ({ browser, playwright, baseURL }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await admin.newPage();
  await page.goto("/account/tokens");
  const link = page.getByRole("link", { name: "Download everything (JSON)" });
  await expect(link).toBeVisible();
  const r = await page.request.get("/api/export/everything.json");
  expect(r.status()).toBe(200);
  expect(r.headers()["content-disposition"]).toMatch(/attachment; filename="tracker-everything-/);
  const file = await r.json();
  expect(file.expectations.length).toBe(expectationCount());
  for (const table of ["people", "surveys", "developments", "sources", "evidenceLinks", "statusChanges", "scoreSnapshots", "auditLog"]) {
    expect(Array.isArray(file[table]), table).toBe(true);
  }
  await admin.close();
  const viewer = await playwright.request.newContext({ baseURL });
  await viewer.post("/api/auth/sign-in/email", {
    data: { email: ACCOUNTS.viewer.email, password: ACCOUNTS.viewer.password },
    headers: { origin: new URL(baseURL!).origin },
  });
  expect((await viewer.get("/api/export/everything.json", { failOnStatusCode: false })).status()).toBe(403);
  await viewer.dispose();
  const stranger = await playwright.request.newContext({ baseURL });
  expect((await stranger.get("/api/export/everything.json", { failOnStatusCode: false })).status()).toBe(401);
  await stranger.dispose();
});
