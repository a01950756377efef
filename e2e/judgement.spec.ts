// Reality judged against the experts: enough supporting evidence, one run of the
// evaluate job, and the expectation shows CONFIRMED with its reason, dated by the
// development that tipped it, in its history and in the notifications.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ACCOUNTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

const TALKS = /actually restart/;

async function logSupport(page: Page, title: string, occurredOn: string) {
  await page.goto("/developments/new");
  await page.getByLabel("When it happened").fill(occurredOn);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Event type").selectOption("TALKS_MEETINGS");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://example.org/news/talks");
  await source.getByLabel("Publisher").fill("Yonhap");
  await source.getByLabel("Source reliability").selectOption("A");
  await source.getByLabel("Information credibility").selectOption("1");
  await page.getByRole("button", { name: "Link to an expectation" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  const option = link.getByLabel("Expectation").locator("option", { hasText: TALKS });
  await link.getByLabel("Expectation").selectOption({ label: (await option.first().textContent()) ?? "" });
  await link.getByLabel("Stance").selectOption("STRONGLY_SUPPORTS");
  await link.getByLabel("Rationale").fill("Delegations of both governments met to negotiate: talks have restarted.");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development saved.");
}

test("supporting evidence plus one evaluate run: CONFIRMED on the day it happened, with its reason, on the page and in notifications", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await logSupport(page, "US and DPRK envoys meet in Stockholm", "2025-10-15");
  await logSupport(page, "Formal US–DPRK negotiations open in Panmunjom", "2025-11-02");

  const output = runJob("evaluate", new Date());
  expect(output).toMatch(/^evaluate .*"judged":/m);

  await page.goto("/expectations");
  const card = page.getByRole("region", { name: "US–DPRK talks" }).getByRole("article", { name: /^Negotiations between the United States/ });
  await expect(card).toContainText("Confirmed");
  await card.getByRole("link").first().click();
  // Two A1 "strongly supports" (2 + 2), besides what earlier specs linked.
  const net = Number((await page.getByTestId("net-score").textContent())!.split(" ")[0]);
  expect(net).toBeGreaterThanOrEqual(4);
  const history = page.getByRole("list", { name: "Status history" });
  // Dated by the development that tipped it, not by the run; recorded today.
  const confirmed = history.getByRole("listitem").filter({ hasText: "→ Confirmed" });
  await expect(confirmed).toContainText("From 2 Nov 2025");
  await expect(confirmed).toContainText("job evaluate, rule v2");
  await expect(confirmed).toContainText(/It happened: net evidence score [\d.]+ reached the confirm threshold\./);
  await expect(confirmed.getByRole("link", { name: "Formal US–DPRK negotiations open in Panmunjom" })).toBeVisible();
  await expect(confirmed).toContainText(/recorded \d{1,2} \w{3} 20\d\d/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /^Notifications/ }).click();
  const note = page.getByRole("listitem").filter({ hasText: "Newly confirmed" }).filter({ hasText: TALKS });
  await expect(note.first()).toContainText("took effect 2 Nov 2025");
  await expect(note.first()).toContainText(/net evidence score [\d.]+/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Mark all as seen" }).click();
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});

test("an analyst sets a status by hand with a reason; it shows in the history and can be released", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/expectations");
  await page.getByRole("region", { name: "ROK–US alliance" }).getByRole("article").filter({ hasText: "40%" }).getByRole("link").click();
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.locator("#override-reason-error")).toHaveText("Say why you set this status.");
  await page.getByLabel("Status", { exact: true }).selectOption("LEANING_CONFIRMED");
  await page.getByLabel("Reason").fill("Cost-sharing talks collapsed; troop cut announced but not yet made.");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByRole("status")).toContainText("Status set.");
  await page.reload();
  const history = page.getByRole("list", { name: "Status history" });
  await expect(history).toContainText(`${ACCOUNTS.analyst.name}, by hand`);
  // The analyst's words, shown as the analyst's.
  await expect(history).toContainText("Analyst's words: “Cost-sharing talks collapsed");
  await expect(page.getByText(/Status set by hand on/)).toBeVisible();
  await page.getByRole("button", { name: "Return to the rule" }).click();
  await expect(page.getByRole("status")).toContainText("Released.");
});
