import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/paths";
import { signIn } from "./support/sign-in";

test("a signed-out visitor is sent to sign in, and back to the baseline after", async ({ page }) => {
  await page.goto("/expectations");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, ACCOUNTS.analyst);
  await expect(page.getByRole("heading", { level: 1, name: "Expectations against reality" })).toBeVisible();
});

test("a wrong password is refused with one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(ACCOUNTS.analyst.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is not correct.");
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(ACCOUNTS.analyst.email);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the session cookie is HttpOnly and SameSite, and signing out ends it", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.analyst);
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/expectations");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("public sign-up is closed: accounts come only from the admin", async ({ request }) => {
  const response = await request.post("/api/auth/sign-up/email", {
    data: { name: "Stranger", email: "stranger@example.test", password: "stranger-password" },
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  const signInAttempt = await request.post("/api/auth/sign-in/email", {
    data: { email: "stranger@example.test", password: "stranger-password" },
  });
  expect(signInAttempt.status()).toBe(401);
});
