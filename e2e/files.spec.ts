// Scenarios leave the browser as files and come back; results leave as CSV and PNG.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("exported scenarios import into another browser", async ({ page, browser, calc }) => {
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

test("a bad file is explained and leaves saved scenarios untouched", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Mine");
  for (const [name, content, says] of [
    ["notes.json", "these are not scenarios", "not valid JSON"],
    ["future.json", '{"version": 99}', "version: 99 was made by a newer version of this app"],
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

test("results export as a CSV sheet a client can read", async ({ page, calc }) => {
  await calc.goto();
  const csv = await calc.download("export-csv");
  expect(csv.name).toBe("Example-plugin-shop.csv");
  const lines = csv.text.replace(/^\ufeff/, "").split("\r\n");
  // Labels as on the page, never internal ids.
  expect(csv.text).not.toMatch(/\bdiy\b|tickets_per_month/);
  expect(lines).toContain("Monthly cost (USD / month),Do it yourself,Employee,Contractor,Support platform,Everyone helps");
  // Everyone helping would take 6.1% of the team's time, over its 5%.
  expect(lines).toContain("Total,7350,8530,5282.5,5089,not available");
  expect(lines).toContain("Everyone helps: Own tier-1 resolution rate,70,% (same as workload)");
  // Every input with its unit; the plans; the regimes.
  expect(lines).toContain("Workload: Minutes per reply,5,min");
  expect(lines).toContain("Workload: Tier-1 resolution rate,70,%");
  expect(lines).toContain("Growth,549,350,1.9");
  expect(lines).toContain(
    "Cheapest in each range,Below 30 tickets: doing it yourself. 30 to 116: a contractor. From 117: the platform.",
  );
  // The chart's data every 20 tickets up to 2,000: 101 rows, not 2,001.
  const start = lines.findIndex((l) => l.startsWith("Tickets per month,"));
  const rows = lines.slice(start + 1).filter((l) => l !== "");
  expect(rows).toHaveLength(101);
  expect(rows[15]).toBe("300,7350,8530,5282.5,5089,,Support platform");
});

test("in German the CSV is a German sheet", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  const csv = await calc.download("export-csv");
  expect(csv.text).toContain("Gesamt;7350;8530;5282,5;5089;nicht verfügbar\r\n");
  expect(csv.text).toContain("Arbeitsaufkommen: Minuten pro Antwort;5;Min.\r\n");
});

test("the chart exports as a PNG that explains itself, light even in a dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const calc = new CalculatorPage(page);
  await calc.goto();
  const [file] = await Promise.all([page.waitForEvent("download"), calc.byTestId("export-png").click()]);
  expect(file.suggestedFilename()).toBe("Example-plugin-shop-chart.png");
  const { readFileSync } = await import("node:fs");
  const png = readFileSync(await file.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  // Above the chart: a title and sentences (text pixels), and a legend in every option's colour.
  const found = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const chart = document.querySelector("canvas[data-testid='chart']") as HTMLCanvasElement;
    const c = document.createElement("canvas");
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const above = img.height - chart.height;
    const px = ctx.getImageData(0, 0, img.width, above).data;
    const near = (i: number, [r, g, b]: number[]) =>
      Math.abs(px[i] - r) < 12 && Math.abs(px[i + 1] - g) < 12 && Math.abs(px[i + 2] - b) < 12;
    const colours: Record<string, number[]> = {
      diy: [0xd5, 0x5e, 0x00], employee: [0x00, 0x72, 0xb2], contractor: [0x00, 0x9e, 0x73], platform: [0xb5, 0x56, 0x9a],
    };
    const legend: Record<string, boolean> = {};
    let text = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] < 90 && px[i + 1] < 90 && px[i + 2] < 90) text++;
      for (const [id, rgb] of Object.entries(colours)) if (near(i, rgb)) legend[id] = true;
    }
    const corner = [...ctx.getImageData(2, 2, 1, 1).data.slice(0, 3)];
    const plot = [...ctx.getImageData(Math.floor(img.width / 2), above + 20, 1, 1).data.slice(0, 3)];
    return { above, text, legend, width: img.width, chartWidth: chart.width, corner, plot };
  }, png.toString("base64"));
  expect(found.width).toBe(found.chartWidth);
  expect(found.above).toBeGreaterThan(100);
  expect(found.text).toBeGreaterThan(1000);
  expect(found.legend).toEqual({ diy: true, employee: true, contractor: true, platform: true });
  // Drawn light for handing over, while the screen shows the dark chart.
  expect(found.corner).toEqual([255, 255, 255]);
  expect(Math.min(...found.plot)).toBeGreaterThan(200);
});
