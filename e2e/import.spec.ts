// Importing developments from a file (issue 14): an analyst chooses a CSV with
// one bad row, the preview names that row's line and problem and writes
// nothing, importing adds the good rows, and the same file again has nothing
// to import. On a phone in Korean the preview fits the screen.
import { expect, test } from "@playwright/test";
import { checkPage, layoutContext } from "./support/layout";
import { ACCOUNTS, ADMIN_STATE } from "./support/paths";
import { signIn } from "./support/sign-in";

const stamp = Date.now().toString(36);
const CSV = [
  "external_id,date,title,summary,event_type,actors,tags,source_url,publisher,reliability,credibility",
  `e2e-${stamp}-1,2025-07-14,Import check ${stamp}: envoys meet in Panmunjom,Working-level talks,TALKS_MEETINGS,United States;North Korea,talks,https://news.example.org/a,Yonhap,B,2`,
  `e2e-${stamp}-2,2025-13-40,Import check ${stamp}: impossible date,,TALKS_MEETINGS,,,https://news.example.org/b,Yonhap,B,2`,
  `e2e-${stamp}-3,2025-07-15,Import check ${stamp}: missile launch reported,,MISSILE_TEST,North Korea,,https://news.example.org/c,KCNA,C,3`,
].join("\n");
const file = { name: `acled-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from(CSV) };

test("an analyst previews a file, sees the bad line, imports the rest once", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments");
  await page.getByRole("link", { name: "Import from a file" }).click();
  await expect(page.getByRole("heading", { name: "Import developments" })).toBeVisible();

  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("status")).toHaveText("3 rows: 2 new, 0 changed, 0 unchanged, 1 with problems.");
  const bad = preview.getByRole("row").filter({ hasText: `e2e-${stamp}-2` });
  await expect(bad.getByRole("cell").first()).toHaveText("3");
  await expect(bad).toContainText("occurredOn");
  // The preview wrote nothing.
  await page.goto(`/developments?q=${stamp}`);
  await expect(page.getByText("No developments match.")).toBeVisible();

  await page.goto("/developments/import");
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(/Imported: 2 new, 0 updated, 0 unchanged, 1 left out\./);
  await page.getByRole("link", { name: "See the developments" }).click();
  await page.goto(`/developments?q=${stamp}`);
  await expect(page.getByRole("link", { name: new RegExp(`Import check ${stamp}: envoys meet`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Import check ${stamp}: missile launch`) })).toBeVisible();

  // The same file again: nothing new.
  await page.goto("/developments/import");
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status")).toHaveText("3 rows: 0 new, 0 changed, 2 unchanged, 1 with problems.");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
});

test("the preview fits a phone in Korean", async ({ browser }, testInfo) => {
  const context = await layoutContext(browser, "ko", 390, ADMIN_STATE);
  const page = await context.newPage();
  await page.goto("/developments/import");
  await page.getByLabel(/^파일/).setInputFiles(file);
  await page.getByRole("button", { name: "미리 보기" }).click();
  await expect(page.getByRole("status")).toContainText("3행");
  await checkPage(page, testInfo, "ko-390-import-preview");
  await context.close();
});
