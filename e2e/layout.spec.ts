// Every screen at a phone's width (390 px) and a laptop's (1280 px), in
// English and Korean: nothing wider than the screen, no text cut off at its
// edges, no serious accessibility violation, and a screenshot of each in the
// report. The set-up page is checked in first-run.setup.ts, the only time it exists.
import { expect, test, type Page } from "@playwright/test";
import en from "../lib/i18n/messages/en.json";
import ko from "../lib/i18n/messages/ko.json";
import { axeAt, checkPage, LANGUAGES, layoutContext, WIDTHS } from "./support/layout";
import { logLinkedDevelopment } from "./support/log-development";
import { ADMIN_STATE } from "./support/paths";

test.describe.configure({ retries: 0 });

// axe-core runs on two of the four passes (docs/decisions/0098).
// A development page needs a development: earlier specs log some; alone, this spec logs one.
test.beforeAll(async ({ browser }) => {
  const context = await layoutContext(browser, "en", 1280, ADMIN_STATE);
  const page = await context.newPage();
  await page.goto("/developments");
  if ((await page.locator('main a[href^="/developments/"]:not([href$="/new"])').count()) === 0) {
    await logLinkedDevelopment(page, {
      title: "Layout check: talks announced",
      occurredOn: "2025-03-04",
      expectation: "Maintained at the current level",
      stance: "SUPPORTS",
    });
  }
  await context.close();
});

const MESSAGES = { en, ko };

/** The first link under `list` that leads to `/prefix/<id>`. */
async function firstDetailPath(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}/"]:not([href$="/new"])`).first().getAttribute("href");
  expect(href, `a link to ${prefix}/… on ${list}`).toBeTruthy();
  return href!.split("?")[0]!;
}

for (const language of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`every page reads right at ${width} px in ${language}`, async ({ browser }, testInfo) => {
      test.setTimeout(180_000);
      const m = MESSAGES[language];
      const context = await layoutContext(browser, language, width, ADMIN_STATE);
      const page = await context.newPage();
      const name = (page: string) => `${language}-${width}-${page}`;
      const expectation = await firstDetailPath(page, "/expectations", "/expectations");
      const development = await firstDetailPath(page, "/developments", "/developments");
      expect(development).not.toMatch(/\/new$/);
      const account = await firstDetailPath(page, "/admin/users", "/admin/users");

      for (const [label, url] of [
        ["dashboard", "/"],
        ["dashboard-as-of", "/?asOf=2025-06-30"],
        ["expectations", "/expectations"],
        ["expectation", expectation],
        ["signposts", `${expectation}/signposts`],
        ["developments", "/developments"],
        ["development", development],
        ["import", "/developments/import"],
        ["notifications", "/notifications"],
        ["users", "/admin/users"],
        ["account", account],
        ["change-password", "/change-password"],
        ["audit", "/admin/audit"],
        ["jobs", "/admin/jobs"],
        ["matrix", "/matrix"],
        ["briefing", "/briefing"],
        ["inbox", "/inbox"],
        ["reviews", "/reviews"],
        ["feeds", "/admin/feeds"],
        ["surveys", "/admin/surveys"],
        ["compare", "/compare"],
        ["api-tokens", "/account/tokens"],
        ["notification-settings", "/account/notifications"],
        ["webhooks", "/admin/webhooks"],
      ] as const) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await checkPage(page, testInfo, name(label), { axe: axeAt(language, width) });
      }

      // The form with three links, each on a long expectation.
      await page.goto("/developments/new");
      for (let i = 0; i < 3; i++) await page.getByRole("button", { name: m.developmentForm.addLink }).click();
      const links = page.locator("fieldset.row-group").filter({ has: page.locator("select[name$='.expectationId']") });
      await expect(links).toHaveCount(3);
      for (let i = 0; i < 3; i++)
        await links
          .nth(i)
          .locator("select[name$='.expectationId']")
          .selectOption({ index: i + 1 });
      await checkPage(page, testInfo, name("development-form"), { axe: axeAt(language, width) });

      // The header's menu on a phone: folded, then open.
      if (width < 1152) {
        await expect(page.getByRole("link", { name: m.nav.expectations, exact: true })).toBeHidden();
        await page.getByRole("button", { name: m.nav.menu }).click();
        await expect(page.getByRole("button", { name: m.nav.signOut })).toBeVisible();
        await checkPage(page, testInfo, name("menu-open"), { axe: false });
      } else {
        // Sign out stays on one line with the rest of the header.
        const box = await page.getByRole("button", { name: m.nav.signOut }).boundingBox();
        const brand = await page.locator(".site-header .brand").boundingBox();
        expect(box && brand && Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(8);
      }

      await context.clearCookies();
      await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: page.url() }]);
      await page.goto("/sign-in");
      await expect(page.getByText(m.app.name).first()).toBeVisible();
      await checkPage(page, testInfo, name("sign-in"), { axe: axeAt(language, width) });
      await context.close();
    });
  }
}

// The ends of the range the layout promises: a small phone and a wide monitor.
for (const width of [360, 1920]) {
  test(`the busiest pages hold at ${width} px in Korean`, async ({ browser }, testInfo) => {
    const context = await layoutContext(browser, "ko", width, ADMIN_STATE);
    const page = await context.newPage();
    for (const [label, url] of [
      ["dashboard", "/"],
      ["developments", "/developments"],
      ["development-form", "/developments/new"],
    ] as const) {
      await page.goto(url);
      await checkPage(page, testInfo, `ko-${width}-${label}`, { axe: false });
    }
    await context.close();
  });
}
