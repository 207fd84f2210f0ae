// While the app loads: the page names itself at once, in the browser's language, and the WebAssembly is
// compiled in a worker, with the page compiling it itself where the worker is unavailable.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

// Every request here goes to the network, where the tests can hold it back (not to an installed worker).
test.use({ serviceWorkers: "block" });

for (const [locale, title, tagline, tabTitle] of [
  ["en-US", "Support cost calculator", "Do it yourself, hire, contract or outsource", /^Support cost calculator: do it/],
  ["de-DE", "Support-Kostenrechner", "Selbermachen, einstellen, Freelancer oder auslagern", /^Support-Kostenrechner: selbermachen/],
] as const) {
  test.describe(`with a ${locale} browser`, () => {
    test.use({ locale });
    test("the header is shown before the app has loaded, then the app's own takes its place", async ({ page }) => {
      // Hold the WebAssembly back: what is on screen comes from index.html alone.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.context().route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto("./");
      // Only the page's language is shown (both are in the HTML).
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { useInnerText: true });
      await expect(page.locator(".tagline")).toContainText(tagline, { useInnerText: true });
      await expect(page.locator(".tagline")).toBeVisible();
      await expect(page.getByTestId("scenario-bar")).toHaveCount(0);
      await expect(page).toHaveTitle(tabTitle);
      release();
      const calc = new CalculatorPage(page);
      await expect(calc.cost("diy")).not.toBeEmpty();
      await expect(page.locator("#boot-header")).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(tabTitle);
    });
  });
}

test("a saved language wins over the browser's", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  await page.context().route(/_bg\.wasm$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator("#boot-header")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support-Kostenrechner", { useInnerText: true });
});

test("the WebAssembly is compiled in a worker, and without one the page compiles it itself", async ({ page }) => {
  const worker = page.waitForEvent("worker");
  const calc = new CalculatorPage(page);
  await calc.goto();
  expect((await worker).url()).toMatch(/compile-worker\.js$/);

  const other = await page.context().newPage();
  await other.route(/compile-worker\.js$/, (route) => route.abort());
  const fallback = new CalculatorPage(other);
  await fallback.goto();
  await expect(fallback.cost("diy")).toHaveText("$7,350");
});

test("a page opened in a background tab is built without waiting for frames it will not get", async ({ page }) => {
  // A hidden tab has no animation frames; the parts of the page must not wait for one.
  await page.addInitScript(() => {
    Object.defineProperty(document, "hidden", { value: true });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto("./");
  await expect(page.locator("footer.footer")).toBeAttached();
  await expect(page.getByTestId("cost-diy")).toHaveText("$7,350");
  await expect(page.getByTestId("panel-platform")).toBeAttached();
});
