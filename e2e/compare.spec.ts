// A consultant puts three scenarios side by side for a client.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

test("three scenarios compared in a table and one chart", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.rename("Now");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Growth");
  await calc.set("workload", "tickets_per_month", "900");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Better docs");
  await calc.set("workload", "self_service_deflection", "25");

  await calc.byTestId("view-compare").click();
  const table = calc.byTestId("compare-table");
  await expect(table.locator("thead th")).toHaveText(["Now", "Growth", "Better docs"].map((n) => new RegExp(n)));
  // Only the inputs that differ are listed, in words and in the interface's units.
  await expect(table).toContainText("Tickets per month");
  await expect(table).toContainText("Deflected by self-service");
  await expect(table).toContainText("25%");
  await expect(table).not.toContainText("Replies per ticket");
  await expect(table).toContainText("Support platform: $5,089");
  await expect(calc.byTestId("compare-chart")).toHaveAttribute("data-drawn", /\d+/);
  await expect(calc.byTestId("compare-legend")).toContainText("Better docs");
  await page.screenshot({ path: "e2e/artifacts/compare.png", fullPage: true });

  // Unticking one leaves two; a fourth can be added, a fifth cannot.
  await calc.byTestId("compare-pick").nth(0).uncheck();
  await expect(table.locator("thead th")).toHaveCount(2);
});
