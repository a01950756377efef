// Time in the judgement, as a team that installs the product today and logs the
// past meets it: no deadline judged before anyone says the record is complete;
// coverage set by an analyst; the deadline applied with the deadline as its day;
// a past day showing the changes of its period; "as known then" against "as happened".
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logLinkedDevelopment } from "./support/log-development";
import { ACCOUNTS } from "./support/paths";
import { runJob } from "./support/run-job";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const REACH_OUT = /re-establish contact with Pyongyang/;

test("deadlines wait for coverage; the as-of view dates changes; as known then differs from as happened", async ({ page }) => {
  test.setTimeout(120_000); // three job runs from the command line, each a process start
  await signIn(page, ACCOUNTS.analyst);
  runJob("evaluate", new Date());

  // Two deadlines (20 Jan 2026) have passed, but no one has reviewed the record that far.
  await page.goto("/");
  await expect(page.getByTestId("coverage")).toContainText("no deadline is applied yet");
  for (const row of ["row-us-reaches-out", "row-kim-takes-his-time"]) {
    await expect(page.getByTestId(row)).toContainText("deadline passed, awaiting review through 20 Jan 2026");
    await expect(page.getByTestId(row)).toContainText("Pending");
  }

  // Logged today, about March 2025: the record now says what happened then.
  await logLinkedDevelopment(page, {
    title: "Trump says he will reach out to Kim",
    occurredOn: "2025-03-01",
    expectation: REACH_OUT,
    stance: "STRONGLY_SUPPORTS",
  });
  runJob("evaluate", new Date());
  await page.goto("/?asOf=2025-03-20");
  await expect(page.getByTestId("row-us-reaches-out")).toContainText("Leaning confirmed");
  await expect(page.getByTestId("recent-changes")).toContainText("1 Mar 2025");
  await expect(page.getByTestId("recent-changes")).toContainText("Pending → Leaning confirmed");
  // ...but on 20 Mar 2025 nobody had logged it yet.
  await page.getByLabel("As known then").check();
  await page.getByRole("button", { name: "Show", exact: true }).first().click();
  await expect(page).toHaveURL(/view=known/);
  await expect(page.getByTestId("as-of-state")).toContainText("As known on 20 Mar 2025");
  await expect(page.getByTestId("row-us-reaches-out")).toContainText("Pending");
  await expect(page.getByTestId("row-us-reaches-out")).not.toContainText("Leaning confirmed");
  await expectNoSeriousA11yViolations(page);

  // An analyst records that the evidence has been reviewed through 31 Jan 2026.
  await page.goto("/");
  await page.getByLabel("Reviewed through").fill("2026-01-31");
  await page.getByRole("button", { name: "Record coverage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Coverage recorded." })).toBeVisible();
  runJob("evaluate", new Date());
  await page.reload();
  await expect(page.getByTestId("coverage")).toContainText(`Evidence reviewed through 31 Jan 2026 (set by ${ACCOUNTS.analyst.name}`);
  await expect(page.getByTestId("row-kim-takes-his-time")).toContainText("Confirmed"); // held to its deadline
  await expect(page.getByTestId("row-us-reaches-out")).toContainText("Contradicted"); // supported, never confirmed in time

  // The deadline is the day the change took effect; the run only recorded it.
  const kim = page.getByTestId("row-kim-takes-his-time").getByRole("link", { name: /Kim Jong Un takes a slow/ });
  await page.goto((await kim.getAttribute("href"))!);
  const history = page.getByRole("list", { name: "Status history" });
  await expect(history.getByRole("listitem").first()).toContainText("From 20 Jan 2026 · Pending → Confirmed");
  await expect(history).toContainText("It held until the deadline without being contradicted");

  // A past day shows the changes of its period with their days.
  await page.goto("/?asOf=2026-01-31");
  await expect(page.getByTestId("recent-changes")).toContainText("20 Jan 2026");
  // Both deadline changes (20 Jan 2026) are among them.
  await expect(page.getByTestId("recent-changes").getByRole("listitem").filter({ hasText: "20 Jan 2026" })).toHaveCount(2);
  await page.goto("/?asOf=2026-01-19");
  await expect(page.getByTestId("row-kim-takes-his-time")).toContainText("Pending");
  await expect(page.getByTestId("row-kim-takes-his-time")).not.toContainText("deadline passed");
});
