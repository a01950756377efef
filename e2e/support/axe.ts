import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Every page a person reads must have no serious or critical axe-core violation. */
export async function expectNoSeriousA11yViolations(page: Page, options: { soft?: boolean; label?: string } = {}) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const found = serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  (options.soft ? expect.soft(found, options.label) : expect(found, options.label)).toEqual([]);
}
