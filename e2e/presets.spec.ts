// A founder starts from an example close to their business.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

test("choosing a preset fills the inputs and updates every result", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const before = await calc.chartPixels();

  await calc.choosePreset("solo");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("150");
  await expect(calc.input("rates", "founder_hourly")).toHaveValue("80");
  await expect(calc.byTestId("cheapest")).toContainText("At 150 tickets a month");
  // 150 tickets x 2.2 replies x 6 min = 33 h tier 1; 60 escalated x 30 min = 30 h; 63 h x 80 = 5,040.
  await expect(calc.cost("diy")).toHaveText("$5,040");
  expect(await calc.chartPixels()).not.toBe(before);

  await calc.choosePreset("saas");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("4,000");
  await expect(calc.input("chart", "max")).toHaveValue("10,000");
  await expect(calc.byTestId("plans").locator("li.plan")).toHaveCount(4);
});
