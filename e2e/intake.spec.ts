// Developments come to the analyst (issue 14). An admin adds two feeds served
// by a local HTTP server inside this test (loopback only) and polls them; a
// USFK troop reduction story reaches the inbox with the alliance expectations
// proposed, the analyst accepts it with the keyboard, it becomes a linked
// development, and the next evaluation counts it. A Korean 주한미군 story is
// proposed for the same expectations. And one actor has one name in both
// languages: logged as "미국", found as "United States" and by "US".
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

const WEAKENED = /relationship weakens/;
const MAINTAINED = /holds at about its present level/;
const today = new Date();

function rss(title: string, items: { guid: string; title: string; description: string }[]) {
  const body = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid><link>https://news.example.org/${i.guid}</link><title>${i.title}</title><description>${i.description}</description><pubDate>${today.toUTCString()}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${body}</channel></rss>`;
}

const FEEDS: Record<string, string> = {
  "/wire.xml": rss("Wire", [
    {
      guid: "wire-usfk-1",
      title: "Pentagon weighs USFK troop reduction of 4,500",
      description: "Officials say a cut to US troops in South Korea is under review.",
    },
  ]),
  "/yonhap-ko.xml": rss("연합", [
    { guid: "yna-ko-1", title: "주한미군 감축 검토 보도", description: "미 국방부가 주한미군 일부 감축을 검토 중이라고 보도됐다." },
  ]),
};

let server: http.Server;
let base = "";

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const xml = FEEDS[req.url ?? ""];
    if (xml) res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(xml);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function netScore(page: Page, statement: RegExp): Promise<number> {
  await page.goto("/expectations");
  await page.getByRole("article", { name: statement }).getByRole("link").first().click();
  return Number((await page.getByTestId("net-score").textContent())!.split(" ")[0]);
}

async function addFeed(page: Page, path: string, name: string, language: string) {
  await page.goto("/admin/feeds");
  await page.getByLabel("Feed address (RSS or Atom)").fill(`${base}${path}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption(language);
  await page.getByLabel("Default source reliability (A–F)").selectOption("B");
  await page.getByLabel("Default credibility (1–6)").selectOption("2");
  await page.getByRole("button", { name: "Add feed" }).click();
  await expect(page.getByRole("status")).toContainText("Feed added.");
  await page.getByRole("button", { name: `Poll ${name} now` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("status")).toHaveText("Polled: 1 new items.");
}

test("a USFK troop reduction story reaches the inbox, is accepted with the keyboard, and the next evaluation counts it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.admin);
  await addFeed(page, "/wire.xml", "Wire service", "en");
  await addFeed(page, "/yonhap-ko.xml", "연합뉴스", "ko");
  await expect(page.getByRole("row", { name: /Wire service/ })).toContainText("Working");

  await signIn(page, ACCOUNTS.analyst);
  runJob("evaluate", new Date());
  const before = await netScore(page, WEAKENED);

  await page.goto("/inbox");
  const list = page.getByRole("list", { name: "Feed items waiting for triage" });
  const usfk = list.getByRole("listitem").filter({ hasText: "Pentagon weighs USFK troop reduction" });
  const korean = list.getByRole("listitem").filter({ hasText: "주한미군 감축 검토 보도" });
  for (const item of [usfk, korean]) {
    const proposed = item.getByRole("list", { name: "Proposed expectations" });
    await expect(proposed.getByRole("listitem").filter({ hasText: WEAKENED })).toContainText("Supports");
    await expect(proposed.getByRole("listitem").filter({ hasText: MAINTAINED })).toContainText("Contradicts");
    await expect(proposed).toContainText("Alliance under strain");
  }
  await expect(usfk).toContainText("matched “USFK”");
  await expect(korean).toContainText("matched “주한미군”");

  // Keyboard only: j until the USFK story is the current one, then a.
  const titles = await list.locator(":scope > li h2").allTextContents();
  const target = titles.findIndex((t) => t.includes("USFK"));
  // The first item is marked current once the keys work (after hydration).
  await expect(list.locator(":scope > li").first()).toHaveAttribute("aria-current", "true");
  for (let i = 0; i < target; i++) await page.keyboard.press("j");
  await expect(usfk).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("a");

  await expect(page.getByText("Prefilled from a feed item")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Pentagon weighs USFK troop reduction of 4,500");
  await expect(page.getByLabel("Event type")).toHaveValue("TROOP_POSTURE");
  const source = page.getByRole("group", { name: "Source 1" });
  await expect(source.getByLabel("Publisher")).toHaveValue("Wire service");
  await expect(source.getByLabel("Source reliability")).toHaveValue("B");
  await expect(source.getByLabel("Web address")).toHaveValue("https://news.example.org/wire-usfk-1");
  await expect(page.getByRole("list", { name: "Actors chosen" })).toContainText("United States");
  const link1 = page.getByRole("group", { name: "Link 1" });
  await expect(link1.getByLabel("Stance")).not.toHaveValue("");
  await page.getByRole("button", { name: "Save development" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Development saved.");
  await expect(page.locator("main")).toContainText("Pentagon weighs USFK troop reduction");
  await expect(page.locator("main")).toContainText(WEAKENED);

  // Accepted: it leaves the inbox; the Korean one still waits.
  await page.goto("/inbox");
  await expect(list.getByRole("listitem").filter({ hasText: "Pentagon weighs USFK" })).toHaveCount(0);
  await expect(korean).toBeVisible();

  runJob("evaluate", new Date());
  expect(await netScore(page, WEAKENED)).toBeGreaterThan(before);

  // Dismissed with a reason, by keyboard.
  await page.goto("/inbox");
  await expect(korean).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("d");
  await page.keyboard.type("Same story as the wire report");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Nothing waits for triage.")).toBeVisible();
});

test("a development logged with the actor 미국 is found by the filter United States and by searching US", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments/new");
  const listId = await page.getByLabel("Actors", { exact: true }).getAttribute("list");
  const suggestions = page.locator(`datalist[id="${listId}"] option`);
  const values = await suggestions.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(values).toEqual(expect.arrayContaining(["미국", "United States", "김정은", "Kim Jong Un"]));
  await page.getByLabel("When it happened").fill("2025-09-01");
  await page.getByLabel("Title").fill("방위비 분담 증액 요구 서한");
  await page.getByLabel("Event type").selectOption("STATEMENT");
  await page.getByLabel("Actors", { exact: true }).fill("미국");
  await page.getByRole("button", { name: "Add actor" }).click();
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://news.example.org/cost-sharing");
  await source.getByLabel("Publisher").fill("연합뉴스");
  await source.getByLabel("Source reliability").selectOption("B");
  await source.getByLabel("Information credibility").selectOption("2");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development saved.");

  for (const query of ["actor=United+States", "q=US", "actor=USA"]) {
    await page.goto(`/developments?${query}`);
    await expect(page.getByRole("link", { name: "방위비 분담 증액 요구 서한" })).toBeVisible();
  }
  await page.goto("/developments?actor=Japan");
  await expect(page.getByRole("link", { name: "방위비 분담 증액 요구 서한" })).toHaveCount(0);
});
