// A consultant switches the chart to another variable to show the client what the answer depends on.
import { expect, test } from "./fixtures/calculator-page";

test("switching the chart axis redraws it and restates the break-evens", async ({ page, calc }) => {
  await calc.goto();
  const tickets = await calc.chartPixels();
  expect(await calc.breakEvenSentences()).toContain(
    "The platform is cheaper than doing it yourself from 31 tickets per month.",
  );

  await calc.chooseAxis("contractor_hourly_rate");
  await expect(calc.input("chart", "max")).toHaveValue("150");
  // The contractor (62.5 h) overtakes the platform above 1,369 / 62.5 = 21.90 an hour.
  await expect(calc.byTestId("break-even-list")).toContainText(
    "The platform is cheaper than a contractor from a contractor rate of $21.90 an hour.",
  );
  expect(await calc.chartPixels()).not.toBe(tickets);

  // With founder and developer time at the same rate every option has the same tier-2 cost, so the
  // resolution rate changes nothing...
  await calc.chooseAxis("tier1_resolution_rate");
  await expect(calc.input("chart", "max")).toHaveValue("100");
  await expect(calc.byTestId("break-even-list")).toContainText("No break-even between 0% and 100%");
  // ...but with developers at 120 an hour, escalations favour doing it yourself (at 60) until tier 1
  // resolves enough: 1,489 + 24,000 u < 3,750 + 12,000 u for an escalation share u < 18.84%.
  await calc.byTestId("escalations-mine").uncheck();
  await calc.set("rates", "developer_hourly", "120");
  await expect(calc.byTestId("break-even-list")).toContainText(
    "The platform is cheaper than doing it yourself from a tier-1 resolution rate of 81.2%.",
  );
});

test("the chart is redrawn at its new size when the window is resized", async ({ page, calc }) => {
  await calc.goto();
  const width = () => calc.byTestId("chart").evaluate((c) => (c as HTMLCanvasElement).width);
  const wide = await width();
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(width).toBeLessThan(wide);
  // The drawing buffer follows the layout width, so the chart is neither stretched nor blurred.
  const fits = await calc.byTestId("chart").evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    return Math.abs(canvas.width - canvas.clientWidth * window.devicePixelRatio) <= 1;
  });
  expect(fits).toBe(true);
});

test("the chart's figures are also a table", async ({ page, calc }) => {
  await calc.goto();
  await page.getByText("The chart's figures as a table").click();
  const rows = calc.byTestId("chart-table").locator("tbody tr");
  await expect(rows).toHaveCount(11);
  // At 0 tickets: your time costs nothing, the hire is paid for the 0.5 FTE minimum (2,320 + 50 + 240),
  // the contractor for 10 minimum hours (250 + 120), the platform for its Starter plan (199 + 180),
  // everyone helping for your 2 h of coordination (120). One column, one way of writing: whole dollars,
  // since some of the amounts reach 1,000.
  await expect(rows.first()).toHaveText(["0", "$0", "$2,610", "$370", "$379", "$120", "Do it yourself"].join(""));
  await expect(rows.last().locator("th")).toHaveText("2,000");
});
