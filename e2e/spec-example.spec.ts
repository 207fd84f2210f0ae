// The page shows exactly what the library API returns for the SPEC example scenario.
import { readFileSync } from "node:fs";
import { OPTIONS, usdTotal, expect, test } from "./fixtures/calculator-page";

const report = JSON.parse(readFileSync("e2e/artifacts/spec-report.json", "utf8"));

test("costs, cheapest option and break-evens equal report_json", async ({ page, calc }) => {
  await calc.goto();
  // The SPEC example is a version-1 file: its four options, everyone helping off (as migrated).
  await calc.byTestId("toggle-all_hands").uncheck();
  expect(report.options.map((o: { id: string }) => o.id)).toEqual(OPTIONS.filter((o) => o !== "all_hands"));
  for (const entry of report.options) {
    await expect(calc.cost(entry.id)).toHaveText(usdTotal(entry.monthly_cost));
  }
  expect(await calc.cheapest()).toBe(report.cheapest);
  const sentences = await calc.breakEvenSentences();
  expect(sentences).toHaveLength(report.break_even.length);
  for (const [i, be] of report.break_even.entries()) {
    expect(sentences[i]).toContain(`from ${be.tickets.toLocaleString("en-US")} tickets per month`);
  }
  await expect(calc.byTestId("cheapest")).toHaveText(
    "At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than doing it yourself.",
  );
});

test("the site works when hosted under a sub-path", async ({ page, calc }) => {
  await calc.goto("/nested/path/");
  await expect(calc.cost("platform")).toHaveText("$5,089");
});
