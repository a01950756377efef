// The analyst's instruments, as a reader uses them: the expectation page names
// the development a fragile status rests on; the alliance question's evidence
// matrix lists developments by diagnosticity and is driven by the keyboard;
// the briefing downloads as a PDF whose text carries every status in Korean.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import ko from "../lib/i18n/messages/ko.json";
import { layoutContext } from "./support/layout";
import { ACCOUNTS, ADMIN_STATE } from "./support/paths";
import { signIn } from "./support/sign-in";

type LinkSpec = { expectation: RegExp; stance: string };

/** Logs a development with one A1 source and one link per entry of `links`. */
async function logDevelopment(page: Page, title: string, occurredOn: string, links: LinkSpec[]) {
  await page.goto("/developments/new");
  await page.getByLabel("When it happened").fill(occurredOn);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Event type").selectOption("STATEMENT");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://example.org/news/instruments");
  await source.getByLabel("Publisher").fill("Yonhap");
  await source.getByLabel("Source reliability").selectOption("A");
  await source.getByLabel("Information credibility").selectOption("1");
  for (const [i, l] of links.entries()) {
    await page.getByRole("button", { name: "Link to an expectation" }).click();
    const group = page.getByRole("group", { name: `Link ${i + 1}` });
    const option = group.getByLabel("Expectation").locator("option", { hasText: l.expectation });
    await group.getByLabel("Expectation").selectOption({ label: (await option.first().textContent()) ?? "" });
    await group.getByLabel("Stance").selectOption(l.stance);
    await group.getByLabel("Rationale").fill("Evidence logged by the instruments end-to-end test.");
  }
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development saved.");
}

const TENSE = /two Koreas stay tense/;
const MAINTAINED = /relationship holds at about its present level/;
const WEAKENED = /relationship weakens/;

test("the expectation page names the one development a fragile status rests on, and not before it happened", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, ACCOUNTS.analyst);
  const title = "Instruments: North cuts the last inter-Korean hotline";
  await logDevelopment(page, title, "2025-05-02", [{ expectation: TENSE, stance: "STRONGLY_SUPPORTS" }]);

  await page.goto("/expectations");
  await page.getByRole("link", { name: TENSE }).first().click();
  const section = page.getByTestId("sensitivity");
  await expect(section.getByTestId("robustness")).toHaveText("Fragile: removing one development would change it.");
  const flips = section.getByRole("list", { name: "Developments whose removal changes the status" });
  await expect(flips.getByRole("listitem").filter({ hasText: title })).toContainText("without it: Pending");
  await expect(section.getByTestId("what-it-would-take")).toContainText("To reach the contradict threshold (-3), 5 more against it");

  // As of the day before it happened, nothing rests on it.
  await section.getByLabel("As of", { exact: true }).fill("2025-05-01");
  await section.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("sensitivity-state")).toContainText("As of 1 May 2025: Pending, net score 0.");
  await expect(page.getByTestId("sensitivity").getByRole("list", { name: "Developments whose removal changes the status" })).toHaveCount(0);
});

test("the alliance question's matrix lists developments by diagnosticity and moves cell to cell with the arrow keys", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.analyst);
  await logDevelopment(page, "Matrix: joint drill held as planned", "2025-04-10", [
    { expectation: MAINTAINED, stance: "SUPPORTS" },
    { expectation: WEAKENED, stance: "SUPPORTS" },
  ]);
  await logDevelopment(page, "Matrix: USFK reduction announced", "2025-06-12", [
    { expectation: MAINTAINED, stance: "STRONGLY_CONTRADICTS" },
    { expectation: WEAKENED, stance: "STRONGLY_SUPPORTS" },
  ]);
  await logDevelopment(page, "Matrix: summit communiqué reaffirms the alliance", "2025-08-20", [{ expectation: MAINTAINED, stance: "SUPPORTS" }]);

  await page.goto("/matrix");
  await expect(page.getByTestId("matrix-state")).toContainText("Question: ROK–US alliance (its answers)");
  const grid = page.getByRole("grid", { name: "Evidence matrix" });
  const rows = grid.getByTestId("matrix-row");
  const titles = await rows.locator("th").allTextContents();
  const at = (t: string) => titles.findIndex((x) => x.includes(t));
  // Supporting one answer and contradicting the other first; supporting both last.
  expect(at("USFK reduction")).toBeGreaterThanOrEqual(0);
  expect(at("USFK reduction")).toBeLessThan(at("summit communiqué"));
  expect(at("summit communiqué")).toBeLessThan(at("joint drill"));
  const scores = (await grid.getByTestId("diagnosticity").allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await expect(rows.nth(at("USFK reduction")).getByTestId("diagnosticity")).toHaveText("4");
  await expect(rows.nth(at("joint drill")).getByTestId("diagnosticity")).toHaveText("0");

  // Keyboard: Tab reaches the grid's first cell; arrows move between cells.
  const first = grid.locator('[data-cell="0:0"]');
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(grid.locator('[data-cell="1:0"]')).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const focused = grid.locator('[data-cell="1:3"]');
  await expect(focused).toBeFocused();
  await expect(focused).toHaveAttribute("tabindex", "0");
  await page.keyboard.press("End");
  await expect(grid.locator('[data-cell="1:6"]')).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(grid.locator('[data-cell="0:6"]')).toBeFocused();

  // Sorted by date instead, the newest first.
  await page.getByRole("link", { name: "Date", exact: true }).click();
  await expect(page).toHaveURL(/sort=date/);
  await expect(grid.getByText("Date ▼")).toBeVisible();
  const byDate = await grid.getByTestId("matrix-row").locator("th").allTextContents();
  expect(byDate.findIndex((x) => x.includes("summit communiqué"))).toBeLessThan(byDate.findIndex((x) => x.includes("USFK reduction")));

  // The CSV has the same rows.
  const csv = await (await page.request.get((await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href"))!)).text();
  expect(csv).toContain("Matrix: USFK reduction announced");
  expect(csv.split("\r\n")[0]).toContain("Diagnosticity");
});

test("the briefing downloads as a PDF whose text carries each expectation's status in Korean", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await layoutContext(browser, "ko", 1280, ADMIN_STATE);
  const page = await context.newPage();
  await page.goto("/briefing");
  const items = page.getByTestId("briefing-item");
  await expect(items).toHaveCount(8);
  const statuses = await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-status")!));
  const download = page.waitForEvent("download");
  await page.getByTestId("briefing-pdf").click();
  const file = await (await download).path();
  const bytes = new Uint8Array(fs.readFileSync(file));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  const pdf = await getDocumentProxy(bytes);
  expect(pdf.numPages).toBe(1);
  const { text } = await extractText(pdf, { mergePages: true });
  const words = ko.status as Record<string, string>;
  for (const code of statuses) expect(text, `the PDF shows ${code} as ${words[code]}`).toContain(words[code]);
  expect(text).toContain("전문가 패널 성적표");
  expect(text).toMatch(/판정된 문항 n = \d+/);
  await context.close();
});
