// A consultant prints the report for a client: one or two pages, no buttons or inputs.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

test("the printout is a clean report of one or two pages", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.rename("Client report");
  // The inputs as a list exist only on paper: on screen they are not even built.
  await expect(page.locator(".print-inputs")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(calc.byTestId("share-bar")).toBeHidden();
  await expect(calc.input("workload", "tickets_per_month")).toBeHidden();
  await expect(page.locator(".print-header")).toContainText("Client report");
  await expect(page.locator(".print-inputs")).toContainText("Tickets per month");
  await expect(calc.byTestId("break-even-list")).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/print.png", fullPage: true });
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-inputs")).toHaveCount(0);
});
