// A second survey, as an admin brings it in and anyone then reads it (issue 17):
// the upload names every problem of a broken file by field and writes
// nothing; the clean file previews as four new expectations and imports; the
// same file again changes nothing; the dashboard and the expectations list
// switch between the two surveys, remembered on the account; the comparison
// page shows both scorecards. The admin is switched back to IFES at the end,
// so the specs that follow see the survey they expect.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import en from "../lib/i18n/messages/en.json";
import ko from "../lib/i18n/messages/ko.json";
import { readRows } from "./support/actions";
import { axeAt, checkPage, LANGUAGES, layoutContext, WIDTHS } from "./support/layout";
import { ADMIN_STATE } from "./support/paths";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const FIXTURES = path.resolve("tests/fixtures/baselines");
const TEST_TITLE = "Test Institute 2025 survey: the peninsula in the year ahead";
const IFES_TITLE = "Prospects for the Korean Peninsula under Trump's second term: expert survey";

const counts = () =>
  readRows<{ surveys: number; expectations: number }>(
    `SELECT (SELECT COUNT(*) FROM "Survey") AS surveys, (SELECT COUNT(*) FROM "Expectation") AS expectations`,
  )[0]!;

async function choose(page: Page, file: string) {
  await page.getByLabel("Baseline file (JSON or YAML)").setInputFiles(path.join(FIXTURES, file));
  await page.getByRole("button", { name: "Preview" }).click();
}

async function switchTo(page: Page, title: string) {
  await page.getByLabel("Survey", { exact: true }).selectOption({ label: title });
  await page.getByRole("form", { name: "Choose the survey to show" }).getByRole("button", { name: "Show" }).click();
  await expect(page.getByLabel("Survey", { exact: true }).locator("option:checked")).toHaveText(title);
}

test("an admin imports a second survey: problems by field first, then a preview, then the import; again changes nothing", async ({ page }) => {
  await page.goto("/admin/surveys");
  await expect(page.getByRole("heading", { level: 1, name: "Surveys" })).toBeVisible();

  const before = counts();
  await choose(page, "test-institute-2025-errors.yaml");
  const problems = page.getByRole("table", { name: "Problems, by field" });
  await expect(problems).toBeVisible();
  for (const field of [
    "survey.titleKo",
    "survey.panelSize",
    "expectations[1].theme",
    "expectations[2].panelShare",
    "expectations[2].kind",
    "expectations[2].deadline",
    "expectations[3]",
  ]) {
    await expect(problems.getByRole("cell", { name: field, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Import" })).toHaveCount(0);
  expect(counts()).toEqual(before);

  await choose(page, "test-institute-2025.yaml");
  const preview = page.getByRole("region", { name: "Preview of test-institute-2025" });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(TEST_TITLE);
  // A first run creates four; a rerun on the same database finds them unchanged.
  await expect(preview).toContainText(before.surveys === 1 ? "4 new, 0 changed, 0 unchanged." : "0 new, 0 changed, 4 unchanged.");
  expect(counts()).toEqual(before);
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported test-institute-2025:/)).toBeVisible();
  const after = counts();
  expect(after.surveys).toBe(2);
  expect(after.expectations).toBe(before.surveys === 1 ? before.expectations + 4 : before.expectations);
  await expect(page.getByRole("cell", { name: new RegExp(TEST_TITLE.replace(/[()]/g, ".")) })).toBeVisible();

  // The same file again: nothing new, nothing changed.
  await page.reload();
  await choose(page, "test-institute-2025.yaml");
  await expect(page.getByRole("region", { name: "Preview of test-institute-2025" })).toContainText("0 new, 0 changed, 4 unchanged.");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported test-institute-2025: 0 new, 0 changed, 4 unchanged.")).toBeVisible();
  expect(counts()).toEqual(after);
});

test("the dashboard and the expectations list switch between the two surveys, and the choice follows the account", async ({ page, browser }) => {
  try {
    await page.goto("/");
    await switchTo(page, TEST_TITLE);
    const table = page.getByRole("main");
    await expect(table.getByRole("link", { name: /A US–DPRK leaders' summit takes place/ }).first()).toBeVisible();
    await expect(table.getByRole("link", { name: /Early in its term, the second Trump administration/ })).toHaveCount(0);

    // Another browser signed in as the same person sees the same survey.
    const other = await browser.newContext({ storageState: ADMIN_STATE });
    const second = await other.newPage();
    await second.goto("/expectations");
    await expect(second.getByLabel("Survey", { exact: true }).locator("option:checked")).toHaveText(TEST_TITLE);
    await expect(second.getByRole("article")).toHaveCount(4);
    await other.close();

    await page.goto("/expectations");
    await switchTo(page, IFES_TITLE);
    await expect(page.getByRole("article").filter({ hasText: "A US–DPRK leaders' summit" })).toHaveCount(0);
    expect(await page.getByRole("article").count()).toBeGreaterThanOrEqual(7);
    await page.goto("/");
    await expect(
      page
        .getByRole("main")
        .getByRole("link", { name: /Early in its term, the second Trump administration/ })
        .first(),
    ).toBeVisible();
  } finally {
    // Leave the admin on IFES whatever happened above.
    await page.goto("/");
    if ((await page.getByLabel("Survey", { exact: true }).count()) > 0) await switchTo(page, IFES_TITLE);
  }
});

test("the comparison page shows both surveys' scorecards and their expectations theme by theme", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1, name: "Compare surveys" })).toBeVisible();
  const ifes = page.getByTestId("scorecard-ifes-2025-01");
  const test2 = page.getByTestId("scorecard-test-institute-2025");
  await expect(ifes).toBeVisible();
  await expect(test2).toBeVisible();
  await expect(ifes.getByRole("heading", { name: IFES_TITLE })).toBeVisible();
  await expect(test2.getByRole("heading", { name: TEST_TITLE })).toBeVisible();
  await expect(ifes.getByRole("rowheader", { name: "Overall" })).toBeVisible();
  await expect(test2.getByRole("rowheader", { name: "Overall" })).toBeVisible();
  // Side by side at a laptop's width.
  const [a, b] = [await ifes.boundingBox(), await test2.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);

  const themes = page.getByTestId("compare-themes");
  const talks = themes.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "US–DPRK talks" }) });
  await expect(talks).toContainText("A US–DPRK leaders' summit takes place");
  await expect(talks).toContainText("Early in its term, the second Trump administration");
  await expect(talks.getByText("Pending").first()).toBeVisible();

  // Swapped through the form.
  await page.getByLabel("First survey").selectOption({ label: TEST_TITLE });
  await page.getByLabel("Second survey").selectOption({ label: IFES_TITLE });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/a=test-institute-2025&b=ifes-2025-01/);
  const [c, d] = [await test2.boundingBox(), await ifes.boundingBox()];
  expect(c && d && c.x < d.x).toBe(true);
});

// layout.spec.ts runs before this file, while only IFES is loaded: here the
// same checks with two surveys, and the upload with a preview on screen.
test("with two surveys, the comparison, the switcher and the upload preview fit 390 and 1280 px in both languages", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const m = { en, ko }[language];
      const context = await layoutContext(browser, language, width, ADMIN_STATE);
      const page = await context.newPage();
      const name = (label: string) => `${language}-${width}-surveys-${label}`;
      await page.goto("/compare");
      await expect(page.getByTestId("scorecard-test-institute-2025")).toBeVisible();
      await checkPage(page, testInfo, name("compare"), { axe: axeAt(language, width) });
      await page.goto("/");
      await expect(page.getByRole("form", { name: m.surveys.switchLabel })).toBeVisible();
      await checkPage(page, testInfo, name("dashboard"), { axe: axeAt(language, width) });
      await page.goto("/admin/surveys");
      await page.getByLabel(m.baselines.file).setInputFiles(path.join(FIXTURES, "test-institute-2025.yaml"));
      await page.getByRole("button", { name: m.baselines.preview }).click();
      await expect(page.getByRole("button", { name: m.baselines.import, exact: true })).toBeVisible();
      await checkPage(page, testInfo, name("upload-preview"), { axe: axeAt(language, width) });
      await page.getByLabel(m.baselines.file).setInputFiles(path.join(FIXTURES, "test-institute-2025-errors.yaml"));
      await page.getByRole("button", { name: m.baselines.preview }).click();
      await expect(page.getByRole("table", { name: m.baselines.problems })).toBeVisible();
      await checkPage(page, testInfo, name("upload-problems"), { axe: axeAt(language, width) });
      await context.close();
    }
  }
});
