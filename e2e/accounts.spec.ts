// Account management as a team lives it (issue 15): a demoted analyst's next
// write is refused, a disabled leaver's open session ends at once, and a
// temporary password lets its holder do nothing before choosing their own.
import fs from "node:fs";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { ACCOUNTS, ADMIN_STATE, E2E_DB_FILE } from "./support/paths";

// Sign-in hashes a password (scrypt): on a machine shared with other builds it
// can take longer than the default 10 s, which is not what these tests are about.
const expect = baseExpect.configure({ timeout: 45_000 });

async function signIn(page: Page, account: { email: string; password: string; name: string }) {
  await page.context().clearCookies();
  await typeSignIn(page, account.email, account.password);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(account.name);
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

function statusChangesBy(email: string): number {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT COUNT(*) AS n FROM "StatusChange" s JOIN "user" u ON u.id = s."userId" WHERE u.email = ?`).get(email) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  return context.newPage();
}

async function createAccount(admin: Page, account: { name: string; email: string; password: string }, role: string) {
  await admin.goto("/admin/users");
  await admin.getByLabel("Name", { exact: true }).fill(account.name);
  await admin.getByRole("textbox", { name: "Email" }).fill(account.email);
  await admin.getByLabel("First password").fill(account.password);
  await admin.getByLabel("Role").selectOption(role);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("status")).toContainText(`Account created for ${account.email}`);
}

async function openAccount(admin: Page, name: string) {
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: `Manage the account of ${name}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function typeSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin demotes an analyst to viewer and the viewer's next write is refused", async ({ browser, page }) => {
  const dee = { name: "Dee Demoted", email: "dee@example.test", password: "dee-analyst-password" };
  const admin = await adminPage(browser);
  await createAccount(admin, dee, "analyst");

  // Dee has an expectation open, with the analyst's override form on it.
  await signIn(page, dee);
  await page.goto("/expectations");
  await page.locator('main a[href^="/expectations/"]').first().click();
  const form = page.getByRole("form", { name: "Set the status by hand" });
  await expect(form).toBeVisible();

  await openAccount(admin, dee.name);
  await admin.locator("#account-role").selectOption("viewer");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByRole("status")).toContainText("Role changed.");

  // The form is still on Dee's screen; sending it is refused, nothing saved.
  const before = statusChangesBy(dee.email);
  await form.getByLabel("Reason").fill("Trying to set a status after the demotion");
  await form.getByRole("button", { name: "Set status" }).click();
  await expect(form.getByRole("alert")).toHaveText("Your role (viewer) does not allow this.");
  expect(statusChangesBy(dee.email)).toBe(before);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Dee Demoted (viewer)");
  await expect(page.getByRole("form", { name: "Set the status by hand" })).toHaveCount(0);

  // The change is in the audit log, with before and after.
  const db = new Database(E2E_DB_FILE, { readonly: true });
  const audit = db.prepare(`SELECT changes FROM "AuditLog" WHERE action = 'user.role' ORDER BY at DESC LIMIT 1`).get() as { changes: string };
  db.close();
  expect(JSON.parse(audit.changes)).toEqual({ before: { role: "analyst" }, after: { role: "viewer" } });
  await admin.context().close();
});

test("disabling an account ends its open session at once; enabling lets it back in", async ({ browser, page }) => {
  const lee = { name: "Lee Leaver", email: "lee@example.test", password: "lee-analyst-password" };
  const admin = await adminPage(browser);
  await createAccount(admin, lee, "analyst");
  await signIn(page, lee);
  await page.goto("/developments");

  await openAccount(admin, lee.name);
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByRole("status")).toHaveText("Account disabled; 1 open session ended.");
  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: /lee@example\.test/ })).toContainText("Disabled");

  // Lee's next click lands on the sign-in page, and signing in again fails.
  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await typeSignIn(page, lee.email, lee.password);
  await expect(page.getByText("Email or password is not correct.")).toBeVisible();

  await openAccount(admin, lee.name);
  await admin.getByRole("button", { name: "Enable account" }).click();
  await expect(admin.getByRole("status")).toHaveText("Account enabled: the person can sign in again.");
  await signIn(page, lee);
  await admin.context().close();
});

test("a temporary password must be changed before anything else, and the last sign-in shows", async ({ browser, page }) => {
  const tom = { name: "Tom Temporary", email: "tom@example.test", password: "tom-analyst-password" };
  const admin = await adminPage(browser);
  await createAccount(admin, tom, "analyst");
  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: /tom@example\.test/ })).toContainText("Never");

  await openAccount(admin, tom.name);
  await admin.locator("#field-password").fill("temporary-from-ada");
  await admin.getByRole("button", { name: "Set temporary password" }).click();
  await expect(admin.getByRole("status")).toContainText("Temporary password set.");

  // The old password no longer works; the temporary one leads to the password form only.
  await typeSignIn(page, tom.email, tom.password);
  await expect(page.getByText("Email or password is not correct.")).toBeVisible();
  await typeSignIn(page, tom.email, "temporary-from-ada");
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText("An admin gave you a temporary password.")).toBeVisible();
  await page.goto("/developments/new");
  await expect(page).toHaveURL(/\/change-password$/);

  await page.getByLabel("Current password").fill("temporary-from-ada");
  await page.getByLabel("New password", { exact: true }).fill("tom-own-password");
  await page.getByLabel("New password again").fill("tom-own-passw0rd");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two new passwords differ.")).toBeVisible();
  await page.getByLabel("Current password").fill("temporary-from-ada");
  await page.getByLabel("New password", { exact: true }).fill("tom-own-password");
  await page.getByLabel("New password again").fill("tom-own-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();
  await page.goto("/developments/new");
  await expect(page).toHaveURL(/\/developments\/new$/);

  await signIn(page, { ...tom, password: "tom-own-password" });
  await admin.goto("/admin/users");
  await expect(admin.getByRole("row", { name: /tom@example\.test/ })).not.toContainText("Never");
  await expect(admin.getByRole("row", { name: /tom@example\.test/ })).toContainText("Active");
  await admin.context().close();
});

test("the last active admin cannot demote themselves", async ({ browser }) => {
  const admin = await adminPage(browser);
  await openAccount(admin, ACCOUNTS.admin.name);
  await admin.locator("#account-role").selectOption("analyst");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.locator(".form-error")).toHaveText("This is the last active admin: make someone else an admin first.");
  await expect(admin.getByRole("button", { name: "Disable account" })).toHaveCount(0);
  await admin.context().close();
});

test("the audit log shows who changed which account, filters it and downloads it as CSV", async ({ browser }) => {
  const admin = await adminPage(browser);
  await admin.goto("/admin/audit");
  await admin.getByLabel("Kind of record").selectOption("User");
  await admin.getByLabel("Person").selectOption({ label: `${ACCOUNTS.admin.name} (${ACCOUNTS.admin.email})` });
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/kind=User/);
  const roleRow = admin.getByRole("row").filter({ hasText: "user.role" }).first();
  await expect(roleRow).toContainText("Ada Admin");
  await expect(roleRow).toContainText("role: analyst");
  await expect(roleRow).toContainText("role: viewer");
  // Another person's changes are filtered out.
  await expect(admin.getByRole("row").filter({ hasText: "user.password.change" })).toHaveCount(0);

  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download these rows as CSV" }).click()]);
  const csv = fs.readFileSync(await download.path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("at (UTC),name,email,action,kind of record,record id,before,after");
  expect(lines.some((l) => l.includes(",user.role,User,") && l.includes("role: viewer"))).toBe(true);
  expect(lines.slice(1).every((l) => l === "" || l.includes(ACCOUNTS.admin.email))).toBe(true);
  await admin.context().close();
});

test("the Jobs page shows each job's schedule and runs a job on request", async ({ browser }) => {
  const admin = await adminPage(browser);
  await admin.goto("/admin/jobs");
  const purge = admin.getByRole("region", { name: "purge-sessions" });
  await expect(purge).toContainText("runs on the UTC schedule");
  await purge.getByRole("button", { name: "Run now" }).click();
  await expect(purge.getByRole("status")).toContainText("Requested");
  // The scheduler beside the web server takes the request at its next sweep.
  await expect(async () => {
    await admin.reload();
    await expect(admin.getByRole("region", { name: "purge-sessions" }).getByRole("row").nth(1)).toContainText("Succeeded", { timeout: 1000 });
  }).toPass({ timeout: 120_000, intervals: [3000] });
  await expect(admin.getByRole("region", { name: "purge-sessions" }).getByRole("row").nth(1)).toContainText("e2e");
  await admin.context().close();
});
