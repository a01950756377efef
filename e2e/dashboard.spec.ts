// The dashboard with the seeded baseline plus a scripted set of developments:
// statuses and counts, the as-of control replaying a past day, the panel's
// Brier score checked against a hand computation, and a kept screenshot.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logLinkedDevelopment } from "./support/log-development";
import { ACCOUNTS, ARTIFACTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const WEAKENED = /relationship weakens/;

test("statuses, counts, the as-of control, the scorecard and a screenshot", async ({ page }, testInfo) => {
  await signIn(page, ACCOUNTS.analyst);
  // Two strongly supporting A1 reports in June 2025: net 4 >= 3, so "weakened" (something
  // expected to happen) is confirmed on 20 June, and "maintained", the other answer of the
  // same question, is ruled out from that day.
  await logLinkedDevelopment(page, { title: "USFK troop reduction announced", occurredOn: "2025-06-10", expectation: WEAKENED, stance: "STRONGLY_SUPPORTS" });
  await logLinkedDevelopment(page, { title: "Cost-sharing talks collapse", occurredOn: "2025-06-20", expectation: WEAKENED, stance: "STRONGLY_SUPPORTS" });
  runJob("evaluate", new Date());

  // As of the end of June 2025.
  await page.goto("/?asOf=2025-06-30");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Expectations against reality");
  await expect(page.getByRole("status").filter({ hasText: "The state as of 30 Jun 2025" })).toBeVisible();
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("Confirmed");
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("40%");
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("4");
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("Ruled out");
  await expect(page.getByTestId("count-CONFIRMED")).toContainText("1");
  await expect(page.getByTestId("count-RULED_OUT")).toContainText("1");
  await expect(page.getByTestId("count-CONTRADICTED")).toContainText("0");
  // What took effect in the 30 days before, with its day.
  await expect(page.getByTestId("recent-changes")).toContainText("20 Jun 2025");

  // One question, scored once: (0.58 - 0)^2 + (0.40 - 1)^2 + (0.02 - 0)^2 = 0.6968
  // against 0.5 for a uniform guess; one question is too few to call the panel.
  await expect(page.getByTestId("brier-overall")).toContainText("0.697");
  await expect(page.getByTestId("brier-overall")).toContainText("0.500");
  await expect(page.getByTestId("brier-overall")).toContainText("Too few to tell");
  await expect(page.getByTestId("scorecard-counts")).toContainText("1 survey question resolved");
  await expect(page.getByTestId("brier-rok-us-alliance")).toContainText("0.697");
  await expect(page.getByTestId("brier-inter-korean")).toContainText("Not yet judged");

  // The as-of control: in March 2025 the June evidence had not happened.
  await page.getByLabel("As of").fill("2025-03-31");
  await page.getByRole("button", { name: "Show", exact: true }).first().click();
  await expect(page).toHaveURL(/asOf=2025-03-31/);
  await expect(page.getByTestId("row-alliance-maintained")).toContainText("Pending");
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("Pending");
  await expect(page.getByTestId("recent-counts")).toContainText("0 in the last 7 days, 0 in the last 30 days");
  await expect(page.getByTestId("count-CONFIRMED")).toContainText("0");
  await expect(page.getByTestId("brier-overall")).toContainText("Not yet judged");

  // Today: reaching out was due 2026-01-20, but no one has said the record is complete
  // that far, so the deadline waits instead of judging.
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page.getByTestId("row-alliance-weakened")).toContainText("Confirmed");
  await expect(page.getByTestId("row-us-reaches-out")).toContainText("deadline passed, awaiting review through 20 Jan 2026");
  await expect(page.getByTestId("row-us-reaches-out")).not.toContainText("Contradicted");

  // The timeline's markers link to the developments, in the table alternative too.
  const timeline = page.getByRole("figure", { name: /Developments per month/ });
  await timeline.getByText("Show as a table").click();
  await expect(timeline.getByRole("link", { name: "Cost-sharing talks collapse" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The export of what the dashboard shows, as of the chosen day, for a signed-in reader only.
  const csv = await page.request.get("/api/export/expectations.csv?asOf=2025-06-30");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\n").filter((l) => l.trim()).length).toBe(9); // header + 8 expectations
  expect(text).toMatch(/alliance-weakened.*0\.4.*Confirmed/);
  expect(text).toMatch(/alliance-maintained.*0\.58.*Ruled out/);
  const json = await page.request.get("/api/export/developments.json?q=cost-sharing");
  expect((await json.json()).map((d: { title: string }) => d.title)).toContain("Cost-sharing talks collapse");
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(`${testInfo.project.use.baseURL}/api/export/expectations.csv`)).status()).toBe(401);
  await anonymous.close();

  await page.setViewportSize({ width: 1366, height: 900 });
  const shot = `${ARTIFACTS}/dashboard.png`;
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("dashboard", { path: shot, contentType: "image/png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}/dashboard-narrow.png`, fullPage: true });
  await expect(page.getByTestId("row-alliance-weakened")).toBeVisible();
});

test("one expectation's score chart has its thresholds and the developments behind each step", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/");
  const select = page.locator("#focus-expectation");
  const label = await select.locator("option", { hasText: "relationship weakens" }).textContent();
  await select.selectOption({ label: label ?? "" });
  await page.getByRole("form", { name: "Choose an expectation to follow" }).getByRole("button", { name: "Show" }).click();
  const focus = page.getByRole("region", { name: "One expectation over time" });
  await expect(focus.getByRole("img", { name: /Net score on \d+ days/ })).toBeVisible();
  // The daily series the live run wrote, from the first evidence on.
  await expect(focus.getByRole("img", { name: /Net score on \d+ days/ })).not.toHaveAccessibleName(/on 0 days/);
  await expect(focus.getByText("Confirm at 3", { exact: true })).toBeVisible();
  await expect(focus.getByText("Contradict at -3", { exact: true })).toBeVisible();
  await expect(focus.getByRole("link", { name: "USFK troop reduction announced" })).toBeVisible();
  await expect(focus.getByRole("link", { name: "Cost-sharing talks collapse" })).toBeVisible();
});
