// Issue 15, news of what changed: a viewer follows a theme and an expectation
// and chooses a weekly digest; an admin's webhook page refuses a loopback
// address and shows the delivery log.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { ACCOUNTS } from "./support/paths";

test("a viewer follows a theme and an expectation, and picks a weekly digest", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/expectations");
  const theme = page.getByRole("button", { name: "Follow the theme US–DPRK talks" });
  await theme.click();
  await expect(page.getByRole("button", { name: "Unfollow the theme US–DPRK talks" })).toBeVisible();

  await page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link").click();
  await page.getByRole("button", { name: "Follow this expectation" }).click();
  await expect(page.getByRole("button", { name: "Unfollow this expectation" })).toBeVisible();

  await page.goto("/notifications");
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notification settings");
  await expect(page.getByText("Theme: US–DPRK talks")).toBeVisible();
  await page.getByLabel("Weekly email digest (Mondays)").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await page.reload();
  await expect(page.getByLabel("Weekly email digest (Mondays)")).toBeChecked();

  // Unfollowing from the settings page.
  await page.getByRole("button", { name: "Unfollow the theme US–DPRK talks" }).click();
  await expect(page.getByText("Theme: US–DPRK talks")).toHaveCount(0);
  await page.getByRole("button", { name: "Unfollow this expectation" }).click();
  await expect(page.getByText("You follow nothing yet.")).toBeVisible();
  await page.getByLabel("In the app only (no email)").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");

  // The webhooks page is for admins.
  await page.goto("/admin/webhooks");
  await expect(page).not.toHaveURL(/\/admin\/webhooks/);
});

test("an admin's webhook page refuses a loopback address and lists deliveries", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
  await page.getByRole("textbox", { name: "URL" }).fill("http://127.0.0.1:9/hooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByRole("alert").first()).toContainText(/private network|This form needs|attention/);
  await expect(page.getByText("No endpoints yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deliveries" })).toBeVisible();
});
