// The months ahead and what you don't know (issue 17, SPEC 6). The figures are worked by hand as in
// tests/version4.rs.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("the projection's chart, table and paybacks follow the months ahead", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("projection", "months", "6");
  await calc.set("projection", "monthly_growth", "0");
  await calc.set("platform", "setup_fee", "6000");
  // 6,000 paid in month 1 beside 5,089 a month: 21,267 after three months against 22,050 doing it
  // yourself, and below from then on.
  await expect(calc.byTestId("payback-platform")).toHaveText(
    "The platform pays for itself against doing it yourself in month 3.",
  );
  await expect(calc.byTestId("payback-contractor")).toHaveText(
    "A contractor costs less than doing it yourself from the first month.",
  );
  await expect(calc.byTestId("payback-employee")).toHaveText(
    "An employee does not pay for itself against doing it yourself within 6 months.",
  );
  // Everyone helping needs more shift hours than its allowed share from the start.
  await expect(calc.byTestId("payback-all_hands")).toContainText("Everyone helping drops out in month 1");
  // Contractor 5,642.50 + 5 x 5,282.50 = 32,055; platform 11,089 + 5 x 5,089 = 36,534; diy 44,100.
  await expect(calc.byTestId("projection-verdict")).toHaveText(
    "Over 6 months a contractor costs least: $32,055 in all, $12,045 less than doing it yourself.",
  );
  const chart = calc.byTestId("projection-chart");
  await expect(chart).toHaveAttribute("data-drawn", /\d+/);
  await expect(chart).toHaveAttribute("aria-label", /Cumulative cost of each option month by month/);
  // The table is the chart's text alternative.
  await page.getByText("Month by month, as a table").click();
  const table = calc.byTestId("projection-table");
  await expect(table.locator("tbody tr")).toHaveCount(6);
  await expect(table.locator("tbody tr").nth(0)).toContainText("$11,089");
  await expect(table.locator("tbody tr").nth(2)).toContainText("$21,267");

  // A launch spike: month 2 at three times the volume.
  await calc.byTestId("add-spike").click();
  await calc.byTestId("input-projection-spikes-0-month").fill("2");
  await calc.byTestId("input-projection-spikes-0-multiplier").fill("3");
  await expect(table.locator("tbody tr").nth(1).locator("td").first()).toHaveText("900");
  // A spike after the last month lengthens the projection to it.
  await calc.byTestId("input-projection-spikes-0-month").fill("8");
  await expect(calc.input("projection", "months")).toHaveValue("8");
  await expect(table.locator("tbody tr")).toHaveCount(8);
  await calc.byTestId("remove-spike-0").click();
  await expect(calc.byTestId("spike-0")).toHaveCount(0);
});

test("ranges change each option's chance of being cheapest, and the tornado names what matters", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("input-uncertainty-enabled").check();
  // Without ranges every draw is the scenario itself: the platform is cheapest in all of them.
  await expect(calc.byTestId("p-cheapest-platform")).toHaveText("100% chance of being cheapest");
  await expect(calc.byTestId("p-cheapest-contractor")).toHaveText("0% chance of being cheapest");
  await calc.byTestId("input-uncertainty-ranges-workload-tickets_per_month-low").fill("60");
  await calc.byTestId("input-uncertainty-ranges-workload-tickets_per_month-high").fill("700");
  await calc.byTestId("input-uncertainty-ranges-workload-tier1_resolution_rate-low").fill("50");
  await calc.byTestId("input-uncertainty-ranges-workload-tier1_resolution_rate-high").fill("85");
  // Below 117 tickets the contractor is cheaper: now it wins some draws.
  await expect(calc.byTestId("p-cheapest-contractor")).not.toHaveText("0% chance of being cheapest");
  await expect(calc.byTestId("p-cheapest-platform")).not.toHaveText("100% chance of being cheapest");
  const chances = await Promise.all(
    ["diy", "employee", "contractor", "platform", "all_hands"].map((o) => calc.byTestId(`p-cheapest-${o}`).innerText()),
  );
  const sum = chances.reduce((a, t) => a + parseFloat(t), 0);
  expect(sum).toBeGreaterThan(99);
  expect(sum).toBeLessThan(101);
  await expect(calc.byTestId("uncertainty-chart").locator("li")).toHaveCount(5);
  const tornado = calc.byTestId("tornado-chart");
  await expect(tornado.locator("li")).toHaveCount(2);
  await expect(tornado.locator("li").first()).toContainText("Workload: Tickets per month");
  // The same seed gives the same answer after a reload.
  const before = await calc.byTestId("p-cheapest-contractor").innerText();
  await page.reload();
  await expect(calc.byTestId("p-cheapest-contractor")).toHaveText(before);
  // Another seed, another answer (to within a draw or two of 10,000).
  await calc.set("uncertainty", "seed", "2");
  await expect(calc.byTestId("uncertainty-status")).toBeEmpty();
  await expect(calc.byTestId("p-cheapest-contractor")).not.toHaveText("0% chance of being cheapest");
});

test("a scenario with ranges and spikes survives a share link", async ({ page, browser, calc }) => {
  await calc.goto();
  await calc.rename("Ranged");
  await calc.byTestId("input-uncertainty-enabled").check();
  await calc.byTestId("input-uncertainty-ranges-workload-tickets_per_month-low").fill("100");
  await calc.byTestId("input-uncertainty-ranges-workload-tickets_per_month-high").fill("900");
  await calc.byTestId("add-spike").click();
  await calc.byTestId("input-projection-spikes-0-multiplier").fill("4");
  await expect(calc.byTestId("uncertainty-status")).toBeEmpty();
  const chance = await calc.byTestId("p-cheapest-platform").innerText();
  const verdict = await calc.byTestId("projection-verdict").innerText();
  const link = await calc.shareLink();

  const fresh = await browser.newContext();
  const client = new CalculatorPage(await fresh.newPage());
  await client.openAllPanels();
  await client.page.goto(link);
  await expect(client.byTestId("scenario-name")).toHaveValue("Ranged");
  await expect(client.byTestId("input-uncertainty-ranges-workload-tickets_per_month-low")).toHaveValue("100");
  await expect(client.byTestId("input-uncertainty-ranges-workload-tickets_per_month-high")).toHaveValue("900");
  await expect(client.byTestId("input-projection-spikes-0-multiplier")).toHaveValue("4");
  await expect(client.byTestId("p-cheapest-platform")).toHaveText(chance);
  await expect(client.byTestId("projection-verdict")).toHaveText(verdict);
  await fresh.close();
});
