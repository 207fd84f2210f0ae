// The workbook a consultant hands over (issue 38, SPEC 9): downloaded from the page, with its sheets,
// named inputs and live formulas. tests/workbook.rs recalculates the same workbooks in LibreOffice.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { expect, test } from "./fixtures/calculator-page";

/** The files of a zip archive, by name, read through its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString("utf8"));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

test("the workbook downloads with named inputs, live formulas, sources and the consultant's fields", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Q3 plan");
  await calc.byTestId("input-prepared_for").fill("Acme & Co.");
  await calc.input("ai", "enabled").check();
  const download = page.waitForEvent("download");
  await calc.byTestId("export-xlsx").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Q3-plan.xlsx");
  const files = unzip(readFileSync(await file.path()));
  const workbook = files.get("xl/workbook.xml") ?? "";
  const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheets).toEqual(["Inputs", "Costs", "Break-evens", "Months", "Sources"]);
  // Inputs named after their paths, each option's total, cash and own time named too.
  for (const name of ["workload_tickets_per_month", "ai_monthly_cap", "cost_diy", "cash_platform", "own_time_all_hands"]) {
    expect(workbook).toContain(`<definedName name="${name}">`);
  }
  // The costs are formulas over those names.
  const costs = files.get("xl/worksheets/sheet2.xml") ?? "";
  expect(costs).toContain("<f>workload_tickets_per_month*(1-workload_self_service_deflection)</f>");
  expect(costs).toMatch(/<f>IF\(AND\(diy_enabled,calc_diy_available\)/);
  // The consultant's field and the sources are there as text.
  const strings = files.get("xl/sharedStrings.xml") ?? "";
  expect(strings).toContain("Acme &amp; Co.");
  expect(strings).toContain("US Bureau of Labor Statistics");
  // Money in the scenario's currency.
  expect(files.get("xl/styles.xml")).toContain('formatCode="&quot;$&quot;#,##0.00"');
});

test("the comparison's workbook has a column per scenario", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Now");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Growth");
  await calc.set("workload", "tickets_per_month", "900");
  await calc.byTestId("view-compare").click();
  await expect(calc.byTestId("compare-table").locator("thead th")).toHaveCount(2);
  const download = page.waitForEvent("download");
  await calc.byTestId("compare-xlsx").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("comparison.xlsx");
  const files = unzip(readFileSync(await file.path()));
  const sheets = [...(files.get("xl/workbook.xml") ?? "").matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheets).toEqual(["Comparison", "Sources"]);
  const sheet = files.get("xl/worksheets/sheet1.xml") ?? "";
  // The platform at 900 tickets: 14,370.
  expect(sheet).toMatch(/<v>14370(\.0+\d*)?<\/v>/);
});
