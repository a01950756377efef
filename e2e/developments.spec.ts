// The analyst's daily work: log a development with graded sources, link it to
// an expectation, revise it, and see it from the expectation's side.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { snapshotRows } from "./support/database";
import { ACCOUNTS } from "./support/paths";
import { signIn } from "./support/sign-in";

const TITLE = "US and DPRK officials meet";
const TALKS = /Negotiations between the United States and North Korea actually restart/;

async function fillSource(page: Page, index: number, s: { url?: string; citation?: string; publisher: string; reliability: string; credibility: string }) {
  const group = page.getByRole("group", { name: `Source ${index + 1}` });
  if (s.url) await group.getByLabel("Web address").fill(s.url);
  if (s.citation) await group.getByLabel("Citation").fill(s.citation);
  await group.getByLabel("Publisher").fill(s.publisher);
  await group.getByLabel("Published on").fill("2025-06-03");
  await group.getByLabel("Source reliability").selectOption(s.reliability);
  await group.getByLabel("Information credibility").selectOption(s.credibility);
}

test.describe.configure({ mode: "serial" });

test("an analyst logs a development with two graded sources, linked as support for the talks expectation", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.getByRole("link", { name: "Developments", exact: true }).click();
  await page.getByRole("link", { name: "Log a development" }).click();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("When it happened").fill("2025-06-02");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Summary").fill("Working-level officials met in Panmunjom to discuss a possible summit.");
  await page.getByLabel("Event type").selectOption("TALKS_MEETINGS");
  for (const actor of ["United States", "DPRK"]) {
    await page.getByRole("combobox", { name: "Actors", exact: true }).fill(actor);
    await page.getByRole("button", { name: "Add actor" }).click();
  }
  await page.getByRole("combobox", { name: "Tags", exact: true }).fill("talks");
  await page.getByRole("combobox", { name: "Tags", exact: true }).press("Enter");
  await fillSource(page, 0, { url: "https://example.org/news/talks", publisher: "Yonhap", reliability: "B", credibility: "2" });
  await page.getByRole("button", { name: "Add another source" }).click();
  await fillSource(page, 1, { citation: "Ministry of Unification briefing", publisher: "MOU", reliability: "C", credibility: "3" });
  await page.getByRole("button", { name: "Link to an expectation" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  await link
    .getByLabel("Expectation")
    .selectOption({ label: (await link.getByLabel("Expectation").locator("option", { hasText: TALKS }).textContent()) ?? "" });
  await link.getByLabel("Stance").selectOption("SUPPORTS");
  await link.getByLabel("Rationale").fill("Officials of both governments met: talks have restarted at working level.");
  await page.getByRole("button", { name: "Save development" }).click();

  await expect(page.getByRole("status")).toHaveText("Development saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("row", { name: /Yonhap/ })).toContainText("B2");
  await expect(page.getByRole("row", { name: /MOU/ })).toContainText("C3");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: TALKS }).click();
  // The evidence table's row starts with the day; the sensitivity section names the development too.
  const evidence = page.getByRole("row", { name: new RegExp(`^2 Jun 2025 ${TITLE}`) });
  await expect(evidence).toContainText("Supports");
  await expect(evidence).toContainText("B2");
  await expect(evidence).toContainText("2 Jun 2025");
  await expectNoSeriousA11yViolations(page);
});

test("a refused submission names each problem next to its field, keeps the typing, and writes nothing", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments/new");
  const before = snapshotRows();
  await page.getByLabel("When it happened").fill("2099-01-01");
  await page.getByLabel("Summary").fill("Typed before the title.");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Web address").fill("ftp://example.org/file");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
  await expect(page.locator("#title-error")).toHaveText("Enter a title.");
  await expect(page.locator("#occurredOn-error")).toHaveText("A development cannot happen in the future.");
  await expect(page.locator("#source-0-url-error")).toContainText("http:// or https://");
  await expect(page.locator("#source-0-reliability-error")).toHaveText("Choose the source's reliability (A–F).");
  await expect(page.locator("#source-0-credibility-error")).toHaveText("Choose the information's credibility (1–6).");
  await expect(page.getByLabel("Summary")).toHaveValue("Typed before the title.");
  expect(snapshotRows()).toEqual(before);
});

test("an edit is kept in the history, and a second concurrent edit is refused with a message", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const developmentUrl = page.url();

  // A colleague opens the same development for editing at the same time.
  const colleague = await browser.newPage();
  await signIn(colleague, ACCOUNTS.admin);
  await colleague.goto(`${developmentUrl}/edit`);

  await page.getByRole("link", { name: "Edit development" }).click();
  await page.getByLabel("Title").fill(`${TITLE} in Panmunjom`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Changes saved.");
  const history = page.getByRole("list").filter({ hasText: "Version 2" });
  await expect(history).toContainText(`by ${ACCOUNTS.analyst.name}: title`);
  await expect(history).toContainText("Version 1");

  await colleague.getByLabel("Title").fill(`${TITLE} (colleague's wording)`);
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByText(/Someone else saved this development after you opened it/)).toBeVisible();
  await expect(colleague.getByLabel("Title")).toHaveValue(`${TITLE} (colleague's wording)`);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${TITLE} in Panmunjom`);
  await colleague.close();
});

test("a link can be changed from the expectation's side and the change shows on the development", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/expectations");
  await page.getByRole("link", { name: TALKS }).click();
  // The evidence table's row (it starts with the day); the sensitivity section names the development too.
  const row = page.getByRole("row", { name: new RegExp(`^2 Jun 2025 ${TITLE}`) });
  await row.getByText("Change or remove this link").click();
  await row.getByLabel("Stance").selectOption("STRONGLY_SUPPORTS");
  await row.getByRole("button", { name: "Save link" }).click();
  await expect(row.getByRole("status")).toHaveText("Link updated.");
  await row.getByRole("link", { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole("article", { name: /Link to:/ })).toContainText("Strongly supports");
});

test("a viewer sees developments and their evidence but cannot edit or link", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.goto("/developments");
  await expect(page.getByRole("link", { name: "Log a development" })).toHaveCount(0);
  await page.getByRole("link", { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(page.getByRole("link", { name: "Edit development" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Add a link" })).toHaveCount(0);
  await expect(page.getByText("Change or remove this link")).toHaveCount(0);
  await page.goto(`${page.url()}/edit`);
  await expect(page).not.toHaveURL(/\/edit$/);
  // Sent back, and told why.
  await expect(page.getByText("Your role (viewer) can read this but not change it")).toBeVisible();
  await page.goto("/developments/new");
  await expect(page).toHaveURL(/\/developments\?notice=read-only$/);
  await expect(page.getByText("Your role (viewer) can read this but not change it")).toBeVisible();
});

test("the list filters by event type and finds by search; deleting hides, an admin restores", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments?eventType=MISSILE_TEST");
  await expect(page.getByText("No developments match.")).toBeVisible();
  await page.goto("/developments?q=panmunjom&minReliability=B");
  await expect(page.getByRole("link", { name: new RegExp(TITLE) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: new RegExp(TITLE) }).click();
  await page.getByRole("button", { name: "Delete development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development deleted. An admin can restore it.");
  await expect(page.getByRole("link", { name: new RegExp(TITLE) })).toHaveCount(0);

  await signIn(page, ACCOUNTS.admin);
  await page.goto("/developments?deleted=only");
  await page.getByRole("link", { name: new RegExp(TITLE) }).click();
  await page.getByRole("button", { name: "Restore development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development restored.");
  await page.goto("/developments");
  await expect(page.getByRole("link", { name: new RegExp(TITLE) })).toBeVisible();
});
