// A crash never leaves a frozen page, and never costs saved work.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

test("a panic shows a banner with a reload link and keeps saved scenarios", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.rename("Precious");
  await calc.set("workload", "tickets_per_month", "420");
  // Saved: a first visit's first save waits for the code that writes storage (a part of its own).
  await expect.poll(() => calc.storedLibrary()).toContain('"tickets_per_month":420');
  await page.goto("/?debug-panic");
  const banner = page.locator("#panic-banner");
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Your saved scenarios are safe in this browser.");
  await banner.getByRole("link", { name: "Reload the page" }).click();
  await expect(banner).toBeHidden();
  await expect(calc.byTestId("scenario-name")).toHaveValue("Precious");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("420");
});
