import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, account: { email: string; password: string; name: string }) {
  // Start signed out, whoever this page was signed in as before.
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(account.name);
}
