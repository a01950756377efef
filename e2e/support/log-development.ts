import { expect, type Page } from "@playwright/test";

/** Logs a development through the form, with one A1 source and one link. */
export async function logLinkedDevelopment(
  page: Page,
  d: { title: string; occurredOn: string; expectation: RegExp | string; stance: string; eventType?: string },
) {
  await page.goto("/developments/new");
  await page.getByLabel("When it happened").fill(d.occurredOn);
  await page.getByLabel("Title").fill(d.title);
  await page.getByLabel("Event type").selectOption(d.eventType ?? "STATEMENT");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Web address").fill("https://example.org/news/item");
  await source.getByLabel("Publisher").fill("Yonhap");
  await source.getByLabel("Source reliability").selectOption("A");
  await source.getByLabel("Information credibility").selectOption("1");
  await page.getByRole("button", { name: "Link to an expectation" }).click();
  const link = page.getByRole("group", { name: "Link 1" });
  const option = link.getByLabel("Expectation").locator("option", { hasText: d.expectation });
  await link.getByLabel("Expectation").selectOption({ label: (await option.first().textContent()) ?? "" });
  await link.getByLabel("Stance").selectOption(d.stance);
  await link.getByLabel("Rationale").fill("Scripted evidence for the end-to-end tests.");
  await page.getByRole("button", { name: "Save development" }).click();
  await expect(page.getByRole("status")).toHaveText("Development saved.");
}
