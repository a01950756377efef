// What the reader is told instead of being left to guess: a dashboard day
// that cannot be shown, and the app's icon instead of a 404 in the console.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { ACCOUNTS } from "./support/paths";

test("an invalid or future as-of day is reported, and the dashboard shows today", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/?asOf=2025-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("“2025-02-30” is not a day of the calendar, so this shows today.");
  await expect(page.getByText("The state today, from all evidence logged so far.")).toBeVisible();
  await page.goto("/?asOf=2999-01-01");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("1 Jan 2999 has not come yet, so this shows today.");
  await page.goto("/?asOf=2025-03-31");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("the app has an icon, so browsers find one instead of a 404", async ({ page }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
