// Layout and wording slips (issue 14.12): six-digit totals and German at 1,024-1,280 px stay inside
// their cards, the breakdown's first column stays put on a phone, the German page has a German title,
// one ticket is one ticket, one name for doing it yourself, percent written one way per language.
import { CalculatorPage, OPTIONS, expect, test } from "./fixtures/calculator-page";

for (const width of [1024, 1152, 1280]) {
  test(`six-digit totals in German fit their cards at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.byTestId("language").selectOption("de");
    await calc.set("workload", "tickets_per_month", "40.000");
    await expect(calc.cost("diy")).toHaveText("980.000\u00a0$");
    for (const id of OPTIONS) {
      const card = calc.byTestId(`card-${id}`);
      const fits = await card.evaluate((el) => {
        const c = el.getBoundingClientRect();
        return [...el.querySelectorAll("*")].every((child) => {
          const r = child.getBoundingClientRect();
          return r.right <= c.right + 0.5 && r.left >= c.left - 0.5;
        });
      });
      expect(fits, `${id} at ${width}`).toBe(true);
    }
  });
}

test("on a phone the breakdown's first column stays in place while the table scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const calc = new CalculatorPage(page);
  await calc.goto();
  const table = calc.byTestId("breakdown");
  await table.scrollIntoViewIfNeeded();
  const head = table.locator("tbody th").first();
  const before = (await head.boundingBox())!;
  const scroller = page.locator(".breakdown-wrap .table-scroll");
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await scroller.evaluate((el) => (el.scrollLeft = 200));
  const after = (await head.boundingBox())!;
  expect(after.x).toBeCloseTo(before.x, 0);
  // What scrolls under it does not show through.
  expect(await head.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
});

test("the German page is German: its title, one name for doing it yourself, percent with a space", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  await expect(page).toHaveTitle("Support-Kostenrechner: selbermachen, einstellen, Freelancer oder auslagern?");
  await calc.set("workload", "tier1_resolution_rate", "150");
  const text = await page.locator("body").innerText();
  expect(text).not.toContain("Selbst machen");
  expect(text).toContain("Selbermachen");
  expect(text).not.toMatch(/\d%/);
  expect(text).toMatch(/\d\u00a0%/);
});

test("English writes percent without a space, and one ticket is one ticket", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "tier1_resolution_rate", "150");
  await expect(calc.errors().first()).toContainText("from 0% to 100%");
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/\d[ \u00a0]%/);
  await calc.set("workload", "tier1_resolution_rate", "70");
  await calc.set("workload", "tickets_per_month", "1");
  await expect(calc.byTestId("cheapest")).toContainText("At 1 ticket a month ");
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("cheapest")).toContainText("Bei 1 Ticket im Monat ");
});

for (const width of [320, 390]) {
  test(`the view tabs fit their bar on a ${width} px phone in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const calc = new CalculatorPage(page);
    await calc.goto();
    for (const lang of ["en", "de"]) {
      await calc.byTestId("language").selectOption(lang);
      const bar = page.locator(".tabs");
      const fits = await bar.evaluate((el) => {
        const b = el.getBoundingClientRect();
        return [...el.children].every((tab) => {
          const r = tab.getBoundingClientRect();
          return r.right <= b.right + 0.5 && r.left >= b.left - 0.5;
        });
      });
      expect(fits, `${lang} at ${width}`).toBe(true);
      const language = (await calc.byTestId("language").boundingBox())!;
      expect(language.x + language.width).toBeLessThanOrEqual(width);
    }
  });
}
