// Comments (decision 0081): an analyst comments under an expectation and
// mentions the viewer by name; the viewer finds the comment and one notification
// addressed to them, which the admin does not get.
import { expect, test } from "@playwright/test";
import { readRows } from "./support/actions";
import { ACCOUNTS } from "./support/paths";
import { signIn } from "./support/sign-in";

test("a comment that mentions a person notifies them, and only them", async ({ page }) => {
  const [{ id }] = readRows<{ id: string }>(`SELECT id FROM "Expectation" ORDER BY id LIMIT 1`) as [{ id: string }];
  const body = `@${ACCOUNTS.viewer.name} the envoy's statement on ${Date.now()} bears on this.`;
  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/expectations/${id}`);
  const form = page.getByRole("form", { name: "Add a comment" });
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.locator(".error")).toHaveText("Write a comment first.");
  await form.getByLabel("Comment", { exact: true }).fill(body);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comments")).toContainText(body);

  await signIn(page, ACCOUNTS.viewer);
  await page.goto(`/expectations/${id}`);
  await expect(page.getByTestId("comments")).toContainText(body);
  await expect(page.getByRole("form", { name: "Add a comment" })).toHaveCount(0);
  await page.goto("/notifications");
  const notes = page.getByRole("listitem").filter({ hasText: "Mentioned in a comment" });
  await expect(notes.first()).toContainText(`${ACCOUNTS.analyst.name} mentioned you in a comment.`);

  await signIn(page, ACCOUNTS.admin);
  await page.goto("/notifications");
  await expect(page.getByRole("listitem").filter({ hasText: "Mentioned in a comment" })).toHaveCount(0);
});
