// The layout check of e2e/layout.spec.ts and the set-up page: nothing wider
// than the viewport, no visible text cut off by the viewport's edges, a
// screenshot of every page kept in the report, and axe-core on each.
import { expect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { expectNoSeriousA11yViolations } from "./axe";
import { ARTIFACTS, E2E_PORT } from "./paths";

export const WIDTHS = [390, 1280] as const;
export const LANGUAGES = ["en", "ko"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Whether a width-and-language pass also runs axe-core. Every pass is measured
 * and photographed; axe runs on two of the four, chosen so that each page is
 * checked at both widths and in both languages (docs/decisions/0098). It was
 * a third of the end-to-end time, and a violation that needs one particular
 * width and one particular language at once has not been seen here.
 */
export const axeAt = (language: Language, width: number) => (language === "en" ? width === 1280 : width === 390);

/** One context per language and width; the language is chosen as the switcher chooses it (cookie). */
export async function layoutContext(browser: Browser, language: Language, width: number, storageState?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language === "ko" ? "ko-KR" : "en-GB", storageState });
  await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: `http://localhost:${E2E_PORT}` }]);
  return context;
}

type Overflow = { scrollWidth: number; viewport: number; clipped: string[] };

/** What sticks out: the page's own width, and elements whose visible text reaches past the viewport's edges. */
export async function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const clipped: string[] = [];
    // Boxes that scroll or clip on their own (a table's scroll box, a chart) are allowed to hold wide content.
    const insideOwnBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("option, script, style, template, datalist, noscript")) continue;
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("")
        .trim();
      const isControl = el.matches("input:not([type=hidden]), select, textarea, button");
      if (!text && !isControl) continue;
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if ((r.right > viewport + 1 || r.left < -1) && !insideOwnBox(el)) {
        clipped.push(
          `<${el.tagName.toLowerCase()}> "${(text || (el as HTMLInputElement).value || "").slice(0, 50)}" spans ${Math.round(r.left)}..${Math.round(r.right)}`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, clipped: clipped.slice(0, 10) };
  });
}

/**
 * Loaded, hydrated and drawn: the load event, fonts, then two idle periods of
 * the main thread (hydration and the charts' first measured render run before
 * either). Not "network idle": that also waited out the router's prefetches
 * of every link on the page, half a second and more a page (decision 0098).
 */
async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(async () => {
    await document.fonts.ready;
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));
    await idle();
    await idle();
  });
}

/** Checks the page as loaded, attaches a full-page screenshot, and runs axe-core. Soft: one run reports every page. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string, options: { axe?: boolean } = {}) {
  await settled(page);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const o = await measure(page);
  expect.soft(o.scrollWidth, `${name}: page is ${o.scrollWidth}px wide in a ${o.viewport}px viewport`).toBeLessThanOrEqual(o.viewport);
  expect.soft(o.clipped, `${name}: text cut off by the viewport`).toEqual([]);
  const file = path.join(ARTIFACTS, "layout", `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
  if (options.axe !== false) await expectNoSeriousA11yViolations(page, { soft: true, label: name });
}
