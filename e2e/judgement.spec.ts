// Reality judged against the experts: enough supporting evidence, one run of the
// evaluate job, and the expectation shows CONFIRMED with its reason, in its
// history and in the notifications.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { ACCOUNTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

const TENSION = /two Koreas stay tense/;

async function logSupport(page: Page, title: string, occurredOn: string) {
  await page.goto("/developments/new");
  await page.getByLabel("When it happened").fill(occurredOn);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Event type").selectOption("MILITARY_ACTIVITY");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://example.org/news/border");
  await source.getByLabel("Publisher").fill("Yonhap");
  await source.getByLabel("Source reliability").selectOption("A");
  await source.getByLabel("Information credibility").selectOption("1");
  await page.getByRole("button", { name: "Link to an expectation" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  const option = link.getByLabel("Expectation").locator("option", { hasText: "Inter-Korean relations" });
  await link.getByLabel("Expectation").selectOption({ label: (await option.first().textContent()) ?? "" });
  await link.getByLabel("Stance").selectOption("STRONGLY_SUPPORTS");
  await link.getByLabel("Rationale").fill("Open hostility between the two Koreas, independent of US–DPRK contacts.");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development saved.");
}

test("supporting evidence plus one evaluate run: CONFIRMED with its reason, on the page and in notifications", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await logSupport(page, "North Korea blows up inter-Korean roads", "2025-10-15");
  await logSupport(page, "Loudspeaker broadcasts resume at the border", "2025-11-02");

  const output = runJob("evaluate", new Date());
  expect(output).toMatch(/^evaluate .*"judged":/m);

  await page.goto("/expectations");
  const card = page.getByRole("region", { name: "Inter-Korean relations" }).getByRole("article");
  await expect(card).toContainText("Confirmed");
  await card.getByRole("link").click();
  await expect(page.getByTestId("net-score")).toContainText("4");
  const history = page.getByRole("list", { name: "Status history" });
  // The scheduler (running beside the app) may have judged the first report alone
  // already (Pending → Leaning confirmed); either way the last step is to Confirmed.
  await expect(history.getByRole("listitem").first()).toContainText(/(Pending|Leaning confirmed) → Confirmed/);
  await expect(history).toContainText("job evaluate, rule v1");
  await expect(history).toContainText(/Net evidence score 4 reached the confirm threshold/);
  await expect(page.getByRole("link", { name: "North Korea blows up inter-Korean roads" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /^Notifications/ }).click();
  const confirmed = page.getByRole("listitem").filter({ hasText: "Newly confirmed" }).filter({ hasText: TENSION });
  await expect(confirmed.first()).toContainText("Net evidence score 4");
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
  await expect(history).toContainText("Cost-sharing talks collapsed");
  await expect(page.getByText(/Status set by hand on/)).toBeVisible();
  await page.getByRole("button", { name: "Return to the rule" }).click();
  await expect(page.getByRole("status")).toContainText("Released.");
});
