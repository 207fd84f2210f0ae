// A consultant's scenario (issue 38, SPEC 4.1, format version 7): notes, prepared for, prepared by.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

const NOTES = "Assumes the Q3 volume.\n<script>window.__ran = true</script> <b>not bold</b>\n=SUM(A1)";

test("notes and who it is for reach the printout, the CSV, files and links as text", async ({ page, browser, calc }) => {
  await calc.goto();
  await calc.byTestId("input-prepared_for").fill("Acme & Co.");
  await calc.byTestId("input-prepared_by").fill("Jo Consultant");
  await calc.byTestId("input-notes").fill(NOTES);
  await expect(calc.byTestId("panel-client")).toBeVisible();

  // The printout's first page: the line and the notes, exactly as typed, never as markup.
  await page.emulateMedia({ media: "print" });
  await expect(calc.byTestId("print-prepared")).toHaveText("Prepared for Acme & Co. by Jo Consultant");
  const notes = calc.byTestId("print-notes");
  await expect(notes).toBeVisible();
  expect(await notes.evaluate((e) => e.textContent)).toBe(NOTES);
  await expect(notes.locator("script, b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  await page.emulateMedia({ media: "screen" });

  // The CSV: at the top, the notes one cell a spreadsheet will not run.
  const csv = (await calc.download("export-csv")).text;
  const lines = csv.split("\r\n");
  expect(lines.slice(0, 6)).toContain("Prepared for,Acme & Co.");
  expect(lines.slice(0, 6)).toContain("Prepared by,Jo Consultant");
  expect(csv).toContain('Notes,"Assumes the Q3 volume.\n<script>');

  // The file is version 7 and holds them.
  const file = JSON.parse((await calc.download("export-json")).text);
  expect(file.version).toBe(8);
  expect(file).toMatchObject({ notes: NOTES, prepared_for: "Acme & Co.", prepared_by: "Jo Consultant" });

  // A link carries them into another browser.
  const link = await calc.shareLink();
  const fresh = await browser.newContext();
  const other = new CalculatorPage(await fresh.newPage());
  await other.goto(link);
  await expect(other.byTestId("input-prepared_for")).toHaveValue("Acme & Co.");
  await expect(other.byTestId("input-notes")).toHaveValue(NOTES);
  await fresh.close();
});

test("the comparison's printout says who each scenario is for", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Now");
  await calc.byTestId("input-prepared_for").fill("Acme");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Growth");
  await calc.byTestId("input-prepared_by").fill("Jo");
  await calc.byTestId("input-notes").fill("Twice the volume.");
  await calc.byTestId("view-compare").click();
  await expect(calc.byTestId("compare-table").locator("thead th")).toHaveCount(2);
  await page.emulateMedia({ media: "print" });
  const prepared = calc.byTestId("compare-print-prepared");
  await expect(prepared).toHaveCount(2);
  await expect(prepared.nth(0)).toHaveText("Now: Prepared for Acme");
  await expect(prepared.nth(1)).toContainText("Growth: Prepared for Acme by Jo");
  await expect(prepared.nth(1)).toContainText("Twice the volume.");
  // The consultant's fields are not listed among the assumptions that differ.
  await expect(calc.byTestId("compare-table")).not.toContainText("Twice the volume.");
});

test("a first visit keeps the consultant's panel closed; closed, it says who the scenario is for", async ({ calc }) => {
  await calc.goto("./", { firstVisit: true });
  const panel = calc.byTestId("panel-client");
  await expect(panel).not.toHaveAttribute("open", "");
  await expect(calc.byTestId("panel-summary-client")).toHaveText("");
  await calc.openPanel("client");
  await calc.byTestId("input-prepared_for").fill("Acme");
  await calc.byTestId("input-notes").fill("Q3.");
  await panel.locator(":scope > summary").click();
  await expect(calc.byTestId("panel-summary-client")).toHaveText("Prepared for Acme; with notes");
});

test("every default that stands for a market fact names its source, on screen and on paper", async ({ page, calc }) => {
  await calc.goto();
  await expect(page.locator("#f-contractor-hourly_rate-help")).toContainText(
    "Source: Support as a Service article (2019), citing codementor.io and techuz.com",
  );
  await expect(page.locator("#f-workload-tier1_resolution_rate-help")).toContainText(
    "Source: help-desk benchmarks.",
  );
  await page.emulateMedia({ media: "print" });
  const sources = calc.byTestId("print-sources");
  await expect(sources).toContainText("US Bureau of Labor Statistics");
  await expect(sources).toContainText("Call Centre Helper");
  // The AI's sources only while the AI counts.
  await expect(sources).not.toContainText("Comm100");
  await page.emulateMedia({ media: "screen" });
  await calc.input("ai", "enabled").check();
  await page.emulateMedia({ media: "print" });
  await expect(sources).toContainText("AI resolution rate: Comm100 AI live-chat benchmark 2026");
  await page.emulateMedia({ media: "screen" });
  await calc.byTestId("language").selectOption("de");
  await page.emulateMedia({ media: "print" });
  await expect(sources).toContainText("Planungspraxis im Contact-Center");
});
