// A fresh instance has no accounts and no default password: the first visitor
// is sent to set-up and becomes the admin, who then creates colleagues' accounts.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, ADMIN_STATE } from "./support/paths";
import { snapshotRows } from "./support/database";
import { checkPage, LANGUAGES, layoutContext, WIDTHS } from "./support/layout";

// Only now, before the admin exists, is there a set-up page to look at.
test("the set-up page reads right at 390 and 1280 px, in English and Korean", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const context = await layoutContext(browser, language, width);
      const page = await context.newPage();
      await page.goto("/setup");
      await expect(page.getByText(language === "ko" ? "전망 추적기" : "Outlook Tracker").first()).toBeVisible();
      await checkPage(page, testInfo, `${language}-${width}-first-run`);
      await context.close();
    }
  }
  expect(snapshotRows().user).toBe(0);
});

test("the first visit creates the admin account, who creates analysts and a viewer", async ({ page }) => {
  await page.goto("/expectations");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up this instance" })).toBeVisible();
  expect(snapshotRows().user).toBe(0);

  // A bad submission keeps what was typed and says what is wrong, next to the field.
  await page.getByLabel("Your name").fill(ACCOUNTS.admin.name);
  await page.getByRole("textbox", { name: "Email" }).fill(ACCOUNTS.admin.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue(ACCOUNTS.admin.name);
  expect(snapshotRows().user).toBe(0);

  await page.getByLabel("Password").fill(ACCOUNTS.admin.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Expectations against reality" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(`${ACCOUNTS.admin.name} (admin)`);

  // Set-up is closed now, for everyone.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);

  for (const [key, role] of [
    ["analyst", "analyst"],
    ["viewer", "viewer"],
    ["koreanAnalyst", "analyst"],
  ] as const) {
    const account = ACCOUNTS[key];
    await page.goto("/admin/users");
    await page.getByLabel("Name", { exact: true }).fill(account.name);
    await page.getByRole("textbox", { name: "Email" }).fill(account.email);
    await page.getByLabel("First password").fill(account.password);
    await page.getByLabel("Role").selectOption(role);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText(`Account created for ${account.email}`);
    await expect(page.getByRole("row", { name: new RegExp(account.email) })).toContainText(role);
  }
  expect(snapshotRows().user).toBe(4);
  await page.context().storageState({ path: ADMIN_STATE });
});
