// A consultant puts three scenarios side by side for a client.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("three scenarios compared in a table and one chart", async ({ page, calc }) => {
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

  // Unticking one leaves two.
  await calc.byTestId("compare-pick").nth(0).uncheck();
  await expect(table.locator("thead th")).toHaveCount(2);
});

/** Two saved scenarios that differ only in volume, "Now" (300) and "Growth" (900), compared. */
async function twoVolumes(calc: CalculatorPage) {
  await calc.goto();
  await calc.rename("Now");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Growth");
  await calc.set("workload", "tickets_per_month", "900");
  await calc.byTestId("scenario-new").click();
  await calc.rename("Other client");
  await calc.byTestId("view-compare").click();
  // The new scenario is on screen: it and the two after... untick it, tick the other two.
  const picks = calc.byTestId("compare-pick");
  for (const [i, on] of [[0, true], [1, true], [2, false]] as const) {
    if (on) await picks.nth(i).check();
    else await picks.nth(i).uncheck();
  }
  await expect(calc.byTestId("compare-table").locator("thead th")).toHaveCount(2);
}

test("scenarios that differ only in volume: each has its own point, a difference row, and the legend says they share a curve", async ({ page, calc }) => {
  await twoVolumes(calc);
  // 900 tickets: the platform at 2,250 replies: Scale 1,390 + 1,250 x 1.60 = 3,390 + 10,800 + 180 = 14,370.
  await expect(calc.byTestId("compare-difference")).toHaveText("Against Now—+$9,281");
  await expect(calc.byTestId("compare-legend")).toContainText("Growth (same curve as Now; its point is its own volume)");
});

test("on a 390 px phone the comparison fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const calc = new CalculatorPage(page);
  await twoVolumes(calc);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // The table itself fits too: nothing to scroll sideways, every scenario's column on screen.
  const table = calc.byTestId("compare-table");
  expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  for (const th of await table.locator("thead th").all()) {
    const b = (await th.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(390);
  }
  await expect(calc.byTestId("compare-chart")).toBeVisible();
});

test("the comparison prints as a report of the chosen scenarios only, with a title and the date", async ({ page, calc }) => {
  await twoVolumes(calc);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Comparison of scenarios" })).toBeVisible();
  await expect(calc.byTestId("compare-print-names")).toHaveText("Now · Growth");
  await expect(page.locator(".compare .print-header")).toContainText(/\d{4}-\d{2}-\d{2}/);
  // Another client's scenario is saved but not chosen: nowhere on paper.
  const printed = await page.locator("body").innerText();
  expect(printed).not.toContain("Other client");
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
  }
});

test("the comparison exports as CSV and opens from one link", async ({ page, browser, calc }) => {
  await twoVolumes(calc);
  const csv = await calc.download("compare-csv");
  expect(csv.name).toBe("comparison.csv");
  expect(csv.text).toContain("Per month,Now,Growth\r\n");
  // Every assumption of both, the differing ones marked in the last column, and the plans' caveat.
  expect(csv.text).toContain("Every assumption,Now,Growth,Differs\r\n");
  expect(csv.text).toContain("Workload: Tickets per month,300 tickets,900 tickets,yes\r\n");
  expect(csv.text).toContain("Workload: Replies per ticket,2.5 replies,2.5 replies,\r\n");
  expect(csv.text).toContain("illustrative examples, not any vendor's price list");
  expect(csv.text).not.toContain("Other client");

  await calc.byTestId("compare-link").click();
  const link = await calc.byTestId("compare-link-text").inputValue();
  expect(link).toMatch(/#c=[\w-]+\.[\w-]+$/);
  // In another browser: the same comparison, both scenarios saved there.
  const other = await browser.newContext();
  const them = new CalculatorPage(await other.newPage());
  await them.page.goto(link);
  await expect(them.byTestId("compare-table").locator("thead th")).toHaveText([/Now/, /Growth/]);
  await expect(them.notices().first()).toContainText("Opened a shared comparison of 2 scenarios; 2 of them were new");
  await other.close();
});

test("a damaged comparison link is explained and changes nothing; a good one opened on the compare view shows at once", async ({ page, calc }) => {
  await calc.goto();
  const stored = await calc.storedLibrary();
  await page.goto("./#c=eyJ2ZXJzaW9uIjoxfQ");
  await expect(calc.notices().first()).toContainText(
    "the comparison link holds 1 scenario; a comparison has 2 to 4",
  );
  expect(await calc.storedLibrary()).toBe(stored);
  // On the compare view already: a comparison link chooses its own scenarios there.
  await calc.rename("Mine");
  await calc.byTestId("scenario-duplicate").click();
  await calc.byTestId("view-compare").click();
  await calc.byTestId("compare-link").click();
  const link = await calc.byTestId("compare-link-text").inputValue();
  await calc.byTestId("compare-pick").nth(1).uncheck();
  await expect(calc.byTestId("compare-table")).toHaveCount(0);
  await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf("#")));
  await expect(calc.byTestId("compare-table").locator("thead th")).toHaveText([/Mine/, /Mine \(copy\)/]);
});
