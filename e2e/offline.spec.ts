// After one visit the page works with no network at all, saved scenarios included, also under a sub-path.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

for (const path of ["/", "/nested/path/"]) {
  test(`after one visit at ${path} the calculator works offline`, async ({ page, context }) => {
    const calc = new CalculatorPage(page);
    await calc.goto(path);
    await calc.rename("Offline plan");
    await calc.set("workload", "tickets_per_month", "480");
    // Wait until the service worker has precached the build.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const manifest = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifest).toBe("./manifest.webmanifest");

    await context.setOffline(true);
    await page.reload();
    await expect(calc.byTestId("chart")).toHaveAttribute("data-drawn", /\d+/);
    await expect(calc.byTestId("scenario-name")).toHaveValue("Offline plan");
    await expect(calc.input("workload", "tickets_per_month")).toHaveValue("480");
    await calc.set("workload", "tickets_per_month", "300");
    await expect(calc.cost("platform")).toHaveText("$5,089");
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(false);
  });
}
