// A refused save keeps every choice: the analyst fixes the one missing field,
// not all the selects again. Saving again untouched reports the same problem
// once, not five more.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";
import { ACCOUNTS } from "./support/paths";

test("the development form keeps every select after a refused save and focuses the field in error", async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto("/developments/new");
  await page.getByLabel("When it happened").fill("2025-04-15");
  await page.getByLabel("Date precision").selectOption("MONTH");
  // The title is left empty: the one missing field.
  await page.getByLabel("Event type").selectOption("MILITARY_ACTIVITY");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://example.org/news/kept");
  await source.getByLabel("Publisher").fill("Yonhap");
  await source.getByLabel("Source reliability").selectOption("B");
  await source.getByLabel("Information credibility").selectOption("2");
  await page.getByRole("button", { name: "Link to an expectation" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  const expectation = link.getByLabel("Expectation");
  const chosen = await expectation.locator("option").nth(2).getAttribute("value");
  await expectation.selectOption(chosen!);
  await link.getByLabel("Stance").selectOption("CONTRADICTS");
  await link.getByLabel("Rationale").fill("Kept after a refusal.");

  const choices = async () => ({
    precision: await page.getByLabel("Date precision").inputValue(),
    eventType: await page.getByLabel("Event type").inputValue(),
    reliability: await source.getByLabel("Source reliability").inputValue(),
    credibility: await source.getByLabel("Information credibility").inputValue(),
    expectation: await expectation.inputValue(),
    stance: await link.getByLabel("Stance").inputValue(),
  });
  const expected = { precision: "MONTH", eventType: "MILITARY_ACTIVITY", reliability: "B", credibility: "2", expectation: chosen, stance: "CONTRADICTS" };
  expect(await choices()).toEqual(expected);

  const errors = page.locator("form .field .error");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(errors).toHaveCount(1);
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title", { exact: true })).toBeFocused();
  expect(await choices()).toEqual(expected);
  await expect(link.getByLabel("Rationale")).toHaveValue("Kept after a refusal.");

  // Again, without touching anything: the same one error, every choice still there.
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("button", { name: "Save development" })).toBeEnabled();
  await expect(errors).toHaveCount(1);
  expect(await choices()).toEqual(expected);
  await expect(page).toHaveURL(/\/developments\/new$/);
});
