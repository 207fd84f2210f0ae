// A crash never leaves a frozen page, and never costs saved work.
import { expect, test } from "./fixtures/calculator-page";

test("a panic shows a banner with a reload link and keeps saved scenarios", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Precious");
  await calc.set("workload", "tickets_per_month", "420");
  await page.goto("/?debug-panic");
  const banner = page.locator("#panic-banner");
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Your saved scenarios are safe in this browser.");
  await banner.getByRole("link", { name: "Reload the page" }).click();
  await expect(banner).toBeHidden();
  await expect(calc.byTestId("scenario-name")).toHaveValue("Precious");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("420");
});
