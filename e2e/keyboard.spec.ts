// The main flow works from the keyboard alone.
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/calculator-page";

/** Presses Tab until the element with this test id has focus; fails if it is not reachable. */
async function tabTo(page: Page, testId: string) {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    if (focused === testId) return;
  }
  throw new Error(`${testId} is not reachable with Tab`);
}

test("a keyboard user can edit inputs, switch an option off and change the chart axis", async ({ page, calc }) => {
  await calc.goto();

  await tabTo(page, "input-workload-tickets_per_month");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("450");
  await expect(calc.byTestId("cheapest")).toContainText("At 450 tickets a month");

  await tabTo(page, "chart-x");
  await page.keyboard.press("ArrowDown");
  await expect(calc.byTestId("chart-x")).toHaveValue("tier1_resolution_rate");

  await tabTo(page, "toggle-platform");
  await page.keyboard.press("Space");
  await expect(calc.cost("platform")).toHaveText("Off");
});
