// Issue 17 on the expectation's page: an admin moves a deadline (a new version
// with a reason), the evaluate job re-judges under it and the history says so;
// version 1 stays readable; an analyst records a forecast beside the panel's
// share. Screenshots of the page at 390 and 1280 px, in English and Korean.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { axeAt, checkPage, LANGUAGES, layoutContext, WIDTHS } from "./support/layout";
import { ACCOUNTS, ADMIN_STATE } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

// "If talks take place, Pyongyang engages on arms-control terms": no other spec relies on its deadline.
const ARMS = /engages on arms-control terms/;
const REASON = "The report reads this as a question about the first round of talks, not the whole term.";

async function openArms(page: Page) {
  await page.goto("/expectations");
  await page.getByRole("link", { name: ARMS }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("arms-control terms");
}

test.describe.configure({ mode: "serial" });

test("an admin edits the deadline; the evaluate job re-judges under version 2 and the history says so", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.admin);
  await openArms(page);
  const form = page.getByRole("form", { name: "Edit the expectation" });
  await expect(form).toContainText(/Now at version 1\./);

  // No reason: refused, nothing saved.
  await form.getByLabel("Deadline").fill("2025-12-31");
  await form.getByRole("button", { name: "Save as a new version" }).click();
  await expect(form.getByText("Say why you make this change.")).toBeVisible();
  await expect(page.getByTestId("versions")).toHaveCount(0);

  await form.getByLabel("Why this change").fill(REASON);
  await form.getByRole("button", { name: "Save as a new version" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved as version 2. The next evaluation re-judges it.");
  await page.reload();

  const versions = page.getByTestId("versions");
  const v2 = versions.getByTestId("version-2");
  await expect(v2).toContainText("Version 2 · in force");
  await expect(v2).toContainText(ACCOUNTS.admin.name);
  await expect(v2).toContainText(`Why: ${REASON}`);
  await expect(v2).toContainText("Changed: Deadline");
  await expect(v2).toContainText("Not judged under this version yet");
  await expect(page.getByRole("list", { name: "Edits of the expectation" })).toContainText("version 2 (Deadline changed by Ada Admin)");
  // Version 1 is still there to read, with the deadline it had.
  const v1 = versions.getByTestId("version-1");
  await v1.getByText("What version 1 said").click();
  await expect(v1).toContainText("20 Jan 2029");
  await expect(page.getByRole("definition").filter({ hasText: "31 Dec 2025" }).first()).toBeVisible();

  const output = runJob("evaluate", new Date());
  expect(output).toMatch(/^evaluate .*"judged":/m);
  await page.reload();
  await expect(page.getByTestId("version-2-judged")).toContainText(/Re-judged under version 2 on \d{1,2} \w{3} 20\d\d/);
  await expect(page.getByRole("list", { name: "Edits of the expectation" })).toContainText(/Judged under version 2 since \d{1,2} \w{3} 20\d\d/);
  await expectNoSeriousA11yViolations(page);

  // Signposts are edited the same way: a new version with its reason.
  const again = page.getByRole("form", { name: "Edit the expectation" });
  await again.getByLabel("New signpost: label").fill("Freeze offered");
  await again.getByLabel("Words it matches").fill("freeze, moratorium, 동결");
  await again.getByLabel("Stance it proposes").selectOption("SUPPORTS");
  await again.getByLabel("Why this change").fill("A freeze offer is the clearest sign of arms-control terms.");
  await again.getByRole("button", { name: "Save as a new version" }).click();
  await expect(again.getByRole("status")).toHaveText("Saved as version 3. The next evaluation re-judges it.");
  await page.reload();
  await expect(page.getByTestId("version-3")).toContainText("Changed: Signposts");
  await expect(page.getByRole("form", { name: "Edit the expectation" })).toContainText("Supports: freeze, moratorium, 동결");

  // A viewer reads the versions but has no form.
  await signIn(page, ACCOUNTS.viewer);
  await openArms(page);
  await expect(page.getByTestId("version-2")).toContainText(`Why: ${REASON}`);
  await expect(page.getByTestId("version-3")).toContainText("Version 3 · in force");
  await expect(page.getByRole("form", { name: "Edit the expectation" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Record a forecast" })).toHaveCount(0);
});

test("an analyst records a forecast, then updates it; both are kept and the team's probability follows", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await openArms(page);
  // Analysts do not edit expectations on a default installation.
  await expect(page.getByRole("form", { name: "Edit the expectation" })).toHaveCount(0);
  const form = page.getByRole("form", { name: "Record a forecast" });
  await form.getByLabel("Probability it comes true (%)").fill("150");
  await form.getByLabel("Why you think so").fill("Too sure");
  await form.getByRole("button", { name: "Record forecast" }).click();
  await expect(form.getByText("Enter a whole number from 0 to 100.")).toBeVisible();
  await expect(page.getByTestId("forecasts")).toHaveCount(0);

  await form.getByLabel("Probability it comes true (%)").fill("25");
  await form.getByLabel("Made on").fill("2025-04-01");
  await form.getByLabel("Why you think so").fill("Pyongyang has refused any limits so far.");
  await form.getByRole("button", { name: "Record forecast" }).click();
  await expect(form.getByRole("status")).toHaveText("Forecast recorded.");
  await expect(page.getByTestId("team-probability")).toContainText("Team's probability now: 25%");

  await form.getByLabel("Probability it comes true (%)").fill("35");
  await form.getByLabel("Made on").fill("2025-06-01");
  await form.getByLabel("Why you think so").fill("Hints of a freeze offer in the summer.");
  await form.getByRole("button", { name: "Record forecast" }).click();
  await expect(page.getByTestId("team-probability")).toContainText("Team's probability now: 35% (one analyst's latest forecast)");
  const rows = page.getByTestId("forecasts").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("35%");
  await expect(rows.nth(1)).toContainText("25%");
  await expect(rows.nth(1)).toContainText("earlier");
  await expectNoSeriousA11yViolations(page);
});

for (const language of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`the page with its versions, edit form and forecasts reads right at ${width} px in ${language}`, async ({ browser }, testInfo) => {
      const context = await layoutContext(browser, language, width, ADMIN_STATE);
      const page = await context.newPage();
      await page.goto("/expectations");
      const href = await page
        .locator("main a[href^='/expectations/']")
        .filter({ hasText: language === "en" ? ARMS : /군비통제/ })
        .first()
        .getAttribute("href");
      await page.goto(href!);
      await page.getByTestId("version-1").locator("summary").click();
      await checkPage(page, testInfo, `${language}-${width}-expectation-versions`, { axe: axeAt(language, width) });
      await context.close();
    });
  }
}
