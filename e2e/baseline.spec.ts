// The seeded IFES baseline as an analyst first meets it.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ADMIN_STATE } from "./support/paths";

test.use({ storageState: ADMIN_STATE });

test("the baseline lists the survey's expectations by theme with the panel's shares", async ({ page }) => {
  await page.goto("/expectations");
  await expect(page.getByRole("heading", { name: "What the experts expected" })).toBeVisible();
  for (const theme of ["US–DPRK talks", "Inter-Korean relations", "ROK–US alliance"]) {
    await expect(page.getByRole("heading", { level: 2, name: theme })).toBeVisible();
  }
  const shareOf = (theme: string) => page.getByRole("region", { name: theme }).getByTestId("panel-share").allTextContents();
  expect(await shareOf("US–DPRK talks")).toContain("70%");
  expect(await shareOf("Inter-Korean relations")).toEqual(["60%"]);
  expect((await shareOf("ROK–US alliance")).sort()).toEqual(["40%", "58%"]);
  expect(await page.getByRole("article").count()).toBeGreaterThanOrEqual(7);
  await expect(page.getByText("Pending").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an expectation's page shows its statement, reasons, criteria and empty evidence", async ({ page }) => {
  await page.goto("/expectations");
  const article = page.getByRole("region", { name: "US–DPRK talks" }).getByRole("article").filter({ hasText: "70%" });
  await article.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("70%")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reasons the panel gave" })).toBeVisible();
  expect(await page.getByRole("heading", { name: "Reasons the panel gave" }).locator("xpath=following-sibling::ul[1]/li").count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("heading", { name: "How it will be judged" })).toBeVisible();
  await expect(page.getByText("No developments have been linked to this expectation yet.")).toBeVisible();
  await expect(page.getByText(/Judged only once this is confirmed/)).toBeVisible();
  await expect(page.getByText(/40 experts, fieldwork 10 Jan 2025 – 20 Jan 2025, published 5 Feb 2025/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an admin can change an expectation's thresholds, and sees them after reload", async ({ page }) => {
  await page.goto("/expectations");
  await page.getByRole("region", { name: "Inter-Korean relations" }).getByRole("article").first().getByRole("link").click();
  await page.getByLabel("Confirm at net score").fill("3.5");
  await page.getByLabel("Why this change").fill("The panel's wording asks for a little more.");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText(/Saved as version \d/);
  await page.reload();
  await expect(page.getByText("Confirmed at a net evidence score of 3.5 or more")).toBeVisible();
});
