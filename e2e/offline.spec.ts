// After one visit the page works with no network at all, saved scenarios included, also under a sub-path.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

for (const path of ["/", "/nested/path/"]) {
  test(`after one visit at ${path} the calculator works offline`, async ({ page, context, calc }) => {
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

// Registering the worker starts its precache of every file of the build; while the page is still being
// built in parts, that competes with the parts for the CPU. It is registered once the page is built.
test("the service worker is registered only once the page is built", async ({ page }) => {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      (window as unknown as { builtAtRegister: boolean }).builtAtRegister =
        document.documentElement.hasAttribute("data-built");
      return register(...args);
    };
  });
  const calc = new CalculatorPage(page);
  await calc.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await page.evaluate(() => (window as unknown as { builtAtRegister?: boolean }).builtAtRegister)).toBe(true);
  await expect(page.locator("html")).toHaveAttribute("data-built", "");
});
