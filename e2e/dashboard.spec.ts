// The dashboard with the seeded baseline plus a scripted set of developments:
// statuses and counts, the as-of control replaying a past day, the panel's
// Brier score checked against a hand computation, and a kept screenshot.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logLinkedDevelopment } from "./support/log-development";
import { ACCOUNTS, ARTIFACTS } from "./support/paths";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const MAINTAINED = "Maintained at the current level";

test("statuses, counts, the as-of control, the scorecard and a screenshot", async ({ page }, testInfo) => {
  await signIn(page, ACCOUNTS.analyst);
  // Two strongly supporting A1 reports in June 2025: net 4 >= 3, so "maintained"
  // is confirmed in June, and "weakened", the other answer, contradicted.
  await logLinkedDevelopment(page, { title: "Alliance summit reaffirms defence commitments", occurredOn: "2025-06-10", expectation: MAINTAINED, stance: "STRONGLY_SUPPORTS" });
  await logLinkedDevelopment(page, { title: "Cost-sharing deal signed without cuts", occurredOn: "2025-06-20", expectation: MAINTAINED, stance: "STRONGLY_SUPPORTS" });

  // As of the end of June 2025.
  await page.goto("/?asOf=2025-06-30");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Expectations against reality");
  await expect(page.getByRole("status").filter({ hasText: "The state as of 30 Jun 2025" })).toBeVisible();
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("Confirmed");
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("58%");
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("4");
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("Contradicted");
  await expect(page.getByTestId("count-CONFIRMED")).toContainText("1");
  await expect(page.getByTestId("count-CONTRADICTED")).toContainText("1");
  await expect(page.getByTestId("count-VOID")).toContainText("0");

  // Brier by hand: maintained (0.58 - 1)^2 = 0.1764, weakened (0.40 - 0)^2 = 0.16;
  // (0.1764 + 0.16) / 2 = 0.1682, better than a coin flip's 0.25.
  await expect(page.getByTestId("brier-overall")).toContainText("2");
  await expect(page.getByTestId("brier-overall")).toContainText("0.168");
  await expect(page.getByTestId("brier-overall")).toContainText("Better");
  await expect(page.getByTestId("brier-rok-us-alliance")).toContainText("0.168");
  await expect(page.getByTestId("brier-inter-korean")).toContainText("Not yet judged");

  // The as-of control: in March 2025 the June evidence had not happened.
  await page.getByLabel("As of").fill("2025-03-31");
  await page.getByRole("button", { name: "Show", exact: true }).first().click();
  await expect(page).toHaveURL(/asOf=2025-03-31/);
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("Pending");
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("Pending");
  await expect(page.getByTestId("count-CONFIRMED")).toContainText("0");
  await expect(page.getByTestId("brier-overall")).toContainText("Not yet judged");

  // Today: the deadline rules have also spoken (reaching out was due 2026-01-20).
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("Confirmed");
  await expect(page.getByTestId("row-us-reaches-out")).toContainText("Contradicted");

  // The timeline's markers link to the developments, in the table alternative too.
  const timeline = page.getByRole("figure", { name: /Developments per month/ });
  await timeline.getByText("Show as a table").click();
  await expect(timeline.getByRole("link", { name: "Cost-sharing deal signed without cuts" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The export of what the dashboard shows, as of the chosen day, for a signed-in reader only.
  const csv = await page.request.get("/api/export/expectations.csv?asOf=2025-06-30");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\n").filter((l) => l.trim()).length).toBe(9); // header + 8 expectations
  expect(text).toMatch(/alliance-maintained.*0\.58.*Confirmed/);
  const json = await page.request.get("/api/export/developments.json?q=cost-sharing");
  expect((await json.json()).map((d: { title: string }) => d.title)).toContain("Cost-sharing deal signed without cuts");
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`${testInfo.project.use.baseURL}/api/export/expectations.csv`)).status()).toBe(401);
  await anonymous.close();

  await page.setViewportSize({ width: 1366, height: 900 });
  const shot = `${ARTIFACTS}/dashboard.png`;
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("dashboard", { path: shot, contentType: "image/png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/dashboard-narrow.png`, fullPage: true });
  await expect(page.getByTestId("row-alliance-maintained")).toBeVisible();
});

test("one expectation's score chart has its thresholds and the developments behind each step", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/");
  const select = page.locator("#focus-expectation");
  const label = await select.locator("option", { hasText: "relationship holds at about its present level" }).textContent();
  await select.selectOption({ label: label ?? "" });
  await page.getByRole("form", { name: "Choose an expectation to follow" }).getByRole("button", { name: "Show" }).click();
  const focus = page.getByRole("region", { name: "One expectation over time" });
  await expect(focus.getByRole("img", { name: /Net score on \d+ days/ })).toBeVisible();
  // No daily snapshot yet on a fresh instance: the line is drawn from the evidence steps.
  await expect(focus.getByRole("img", { name: /Net score on \d+ days/ })).not.toHaveAccessibleName(/on 0 days/);
  await expect(focus.getByText("Confirm at 3", { exact: true })).toBeVisible();
  await expect(focus.getByText("Contradict at -3", { exact: true })).toBeVisible();
  await expect(focus.getByRole("link", { name: "Alliance summit reaffirms defence commitments" })).toBeVisible();
  await expect(focus.getByRole("link", { name: "Cost-sharing deal signed without cuts" })).toBeVisible();
});
