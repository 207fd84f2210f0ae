// Screenshots at desktop and phone widths, kept as test artifacts in e2e/artifacts/.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

for (const [name, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 375, 812],
] as const) {
  test(`screenshot at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.choosePreset("theme-shop");
    await expect(calc.byTestId("cheapest")).toContainText("At 600 tickets a month");
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
  });
}
