// A consultant prints the report for a client: at most four pages (three before issue 17 added the
// months ahead, their chart and their month-by-month table), no buttons or inputs.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("the printout is a clean report of at most four pages", async ({ page, calc }) => {
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
    expect(pages, `${format} pages`).toBeLessThanOrEqual(4);
  }
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-inputs")).toHaveCount(0);
});

// Printable width at 96 px per inch with the report's 12 mm side margins (style/main.css @page).
const PRINTABLE = { A4: Math.floor(((210 - 24) / 25.4) * 96), Letter: Math.floor((8.5 - 24 / 25.4) * 96) };

for (const lang of ["en", "de"] as const) {
  for (const format of ["A4", "Letter"] as const) {
    test(`in ${lang === "en" ? "English" : "German"} on ${format} the printout carries every assumption and fits the page`, async ({ page, calc }) => {
      await calc.goto();
      if (lang === "de") await calc.byTestId("language").selectOption("de");
      await page.setViewportSize({ width: PRINTABLE[format], height: 1100 });
      await page.emulateMedia({ media: "print" });
      const inputs = calc.byTestId("print-inputs");
      // Every input with its unit.
      await expect(inputs).toContainText(lang === "en" ? "Minutes per reply5 min" : "Minuten pro Antwort5 Min.");
      await expect(inputs).toContainText(lang === "en" ? "$60.00 / h" : "60,00\u00a0$ / h");
      // The plans, with fee, allowance, overage and billing unit, and the caveat.
      const plans = calc.byTestId("print-plans").locator("tbody tr");
      await expect(plans).toHaveCount(3);
      await expect(plans.nth(1)).toHaveText(
        lang === "en" ? "Growth (chosen)$549.00350 replies$1.90" : "Growth (gewählt)549,00\u00a0$350 Antworten1,90\u00a0$",
      );
      await expect(inputs).toContainText(lang === "en" ? "Platform billed: Per reply" : "Plattform rechnet ab: Pro Antwort");
      await expect(inputs).toContainText(lang === "en" ? "illustrative examples, not any vendor's price list" : "Beispiele, keine Preisliste eines Anbieters");
      // The cheapest option in each range.
      await expect(calc.byTestId("cheapest-regimes")).toBeVisible();
      // The months ahead with their month-by-month table, and what they assume.
      // On paper they stand in the results (their panel, where they stand on screen, is not printed).
      const printed = page.locator(".results");
      await expect(printed.getByTestId("projection-table")).toBeVisible();
      await expect(printed.getByTestId("projection-table").locator("tbody tr")).toHaveCount(12);
      await expect(calc.byTestId("print-assumptions-ahead")).toContainText(
        lang === "en" ? "Launch spikes: none." : "Spitzen durch Launches: keine.",
      );
      // No table is wider than the page, and nothing sticks out of the report.
      const overflow = await page.evaluate((width) => {
        const wide = [...document.querySelectorAll("table, .card, .verdict-box, .print-inputs")]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1);
        return wide.map((el) => el.className || el.tagName);
      }, PRINTABLE[format]);
      expect(overflow).toEqual([]);
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeLessThanOrEqual(4);
    });
  }
}

test("in a dark system theme the chart on paper is the drawn chart, inverted onto white", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const calc = new CalculatorPage(page);
  await calc.goto();
  const chart = calc.byTestId("chart");
  // Drawn: a dark background and many colours of lines, markers and labels.
  const colours = () =>
    chart.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    });
  expect(await colours()).toBeGreaterThan(20);
  const drawn = await chart.getAttribute("data-drawn");
  // Printing (page.pdf dispatches beforeprint and afterprint) must not redraw the chart: a redraw while
  // printing reached the paper too late, and a dark-theme printout showed a blank chart.
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(await chart.getAttribute("data-drawn")).toBe(drawn);
  expect(await colours()).toBeGreaterThan(20);
  // On paper the dark drawing is inverted: light background, dark lines.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(chart).toHaveCSS("filter", "invert(1) hue-rotate(180deg)");
  await page.emulateMedia({ media: "screen", colorScheme: "dark" });
  await expect(chart).toHaveCSS("filter", "none");
});
