// Scenarios leave the browser as files and come back; results leave as CSV and PNG.
import { expect, test } from "@playwright/test";
import { CalculatorPage } from "./fixtures/calculator-page";

test("exported scenarios import into another browser", async ({ page, browser }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.rename("Q3 plan");
  await calc.set("workload", "tickets_per_month", "510");
  await calc.byTestId("scenario-duplicate").click();
  await calc.set("workload", "tickets_per_month", "1200");
  const one = await calc.download("export-json");
  expect(one.name).toBe("Q3-plan-copy.json");
  expect(JSON.parse(one.text).workload.tickets_per_month).toBe(1200);
  const all = await calc.download("export-all");
  expect(JSON.parse(all.text).scenarios.map((s: { name: string }) => s.name)).toEqual([
    "Q3 plan",
    "Q3 plan (copy)",
  ]);

  const fresh = await browser.newContext();
  const other = await CalculatorPage.open(fresh);
  await other.byTestId("import-file").setInputFiles({
    name: "scenarios.json",
    mimeType: "application/json",
    buffer: Buffer.from(all.text),
  });
  await expect(other.notices()).toContainText("Imported 2 scenarios from “scenarios.json”.");
  expect(await other.scenarioNames()).toEqual(["Example plugin shop", "Q3 plan", "Q3 plan (copy)"]);
  await expect(other.input("workload", "tickets_per_month")).toHaveValue("1,200");
  await fresh.close();
});

test("a bad file is explained and leaves saved scenarios untouched", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.rename("Mine");
  for (const [name, content, says] of [
    ["notes.json", "these are not scenarios", "not valid JSON"],
    ["future.json", '{"version": 3}', "version: 3 is not a format this app reads"],
    ["bad.json", '{"version":1,"workload":{"replies_per_ticket":0}}', "workload.replies_per_ticket: must be a number from 0.1 to 50 (got 0)"],
  ]) {
    await calc.byTestId("import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
    await expect(calc.notices().last()).toContainText(`“${name}” could not be imported`);
    await expect(calc.notices().last()).toContainText(says);
  }
  expect(await calc.scenarioNames()).toEqual(["Mine"]);
  await page.reload();
  await expect(calc.cost("diy")).not.toBeEmpty();
  expect(await calc.scenarioNames()).toEqual(["Mine"]);
});

test("results export as CSV and the chart as PNG", async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const csv = await calc.download("export-csv");
  expect(csv.name).toBe("Example-plugin-shop.csv");
  expect(csv.text).toContain("diy,Total,7350");
  expect(csv.text).toContain("platform,Total,5089");
  expect(csv.text).toContain("300,7350,8530,5282.5,5089,platform");
  const [file] = await Promise.all([page.waitForEvent("download"), calc.byTestId("export-png").click()]);
  expect(file.suggestedFilename()).toBe("Example-plugin-shop-chart.png");
  const { readFileSync } = await import("node:fs");
  const png = readFileSync(await file.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.length).toBeGreaterThan(10_000);
  // The picture is the chart as on screen: with the layer above it that marks today's volume.
  const chartAlone = await calc
    .byTestId("chart")
    .evaluate((c) => (c as HTMLCanvasElement).toDataURL().split(",")[1]);
  expect(png.toString("base64")).not.toBe(chartAlone);
});
