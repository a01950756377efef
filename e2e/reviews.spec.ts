// A second analyst's review (decision 0079): with the survey's policy on, an
// analyst's override waits; an evaluation run leaves the status alone; the
// analyst cannot approve their own request; a second analyst approves with a
// comment, the status changes, and the comment shows in the expectation's history.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { readRows } from "./support/actions";
import { ACCOUNTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

async function setPolicy(page: Page, slug: string, label: string) {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/surveys");
  const form = page.getByRole("form", { name: `Review policy of ${slug}` });
  await form.getByRole("combobox").selectOption({ label });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Review policy saved.");
}

/**
 * The Korean analyst's account may carry Korean as its language (e2e/korean.spec.ts
 * leaves it so, and sign-in applies it): sign in, then read this scene in English.
 */
async function signInInEnglish(page: Page, account: { email: string; password: string; name: string }) {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner")).toContainText(account.name);
  const english = page.getByRole("button", { name: "English" });
  if (await english.isVisible()) await english.click();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(account.name);
}

test("an override waits for a second analyst's approval, and the reviewer's comment shows in the history", async ({ page }) => {
  test.setTimeout(180_000);
  // An expectation no one has set by hand, not void now.
  const [target] = readRows<{ id: string; slug: string }>(
    `SELECT e.id AS id, s.slug AS slug FROM "Expectation" e JOIN "Survey" s ON s.id = e."surveyId"
     WHERE e.status <> 'VOID' AND NOT EXISTS (SELECT 1 FROM "StatusChange" c WHERE c."expectationId" = e.id AND c.mode = 'OVERRIDE')
     ORDER BY e.id LIMIT 1`,
  );
  expect(target).toBeTruthy();
  const { id, slug } = target!;
  await setPolicy(page, slug, "Overrides wait for review");

  try {
    await signIn(page, ACCOUNTS.analyst);
    await page.goto(`/expectations/${id}`);
    await page.locator("#override-status").selectOption("VOID");
    await page.locator("#override-reason").fill("Both governments withdrew the commitment this rests on.");
    await page.getByRole("button", { name: "Set status" }).click();
    await expect(page.getByRole("status")).toContainText("Sent for review.");

    // Not in effect: not on the page, and not after an evaluation run.
    runJob("evaluate", new Date());
    await page.reload();
    await expect(page.getByTestId("judgement-status")).not.toContainText("Void");
    await expect(page.getByTestId("history-reviews")).toContainText("Waiting for a second analyst; not in effect.");
    await expect(page.getByText(/Status set by hand on/)).toHaveCount(0);

    // The requester sees it listed but cannot decide it.
    await page.goto("/reviews");
    const own = page.getByTestId("pending-review").filter({ has: page.locator(`a[href="/expectations/${id}"]`) });
    await expect(own).toContainText("Both governments withdrew the commitment this rests on.");
    await expect(own).toContainText("Your own request: another analyst must review it.");
    await expect(own.getByRole("button", { name: "Approve" })).toHaveCount(0);

    // A second analyst approves, with a comment.
    await signInInEnglish(page, ACCOUNTS.koreanAnalyst);
    await page.goto("/reviews");
    const item = page.getByTestId("pending-review").filter({ has: page.locator(`a[href="/expectations/${id}"]`) });
    await expect(item).toContainText(`${ACCOUNTS.analyst.name} asks to set the status`);
    await expect(item).toContainText("Both governments withdrew the commitment this rests on.");
    await expectNoSeriousA11yViolations(page);
    await item.getByLabel("Comment (needed to return)").fill("Checked against both foreign ministries' statements.");
    await item.getByRole("button", { name: "Approve" }).click();
    // Decided: it leaves the list of what waits, and the page says so.
    await expect(item).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Approved. It takes effect from now." })).toBeVisible();

    await page.goto(`/expectations/${id}`);
    await expect(page.getByTestId("judgement-status")).toContainText("Void");
    await expect(page.getByRole("list", { name: "Status history" })).toContainText(`${ACCOUNTS.analyst.name}, by hand`);
    const reviews = page.getByTestId("history-reviews");
    await expect(reviews).toContainText(`Approved by ${ACCOUNTS.koreanAnalyst.name}`);
    await expect(reviews.getByTestId("review-comment")).toHaveText("Reviewer's comment: “Checked against both foreign ministries' statements.”");

    // Leave the expectation to the rule again for the specs after this one.
    await page.getByRole("button", { name: "Return to the rule" }).click();
    await expect(page.getByRole("status").last()).toContainText("Released.");
  } finally {
    await setPolicy(page, slug, "Off: acts take effect at once");
  }
});
