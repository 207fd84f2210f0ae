// The chart follows the volume: a value past the end grows the axis, and "fit" scales it around the value.
import { expect, test } from "./fixtures/calculator-page";

test("the axis grows to hold the volume and fits to it on request", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "tickets_per_month", "5000");
  await expect(calc.input("chart", "max")).toHaveValue("10,000");
  await calc.set("workload", "tickets_per_month", "220");
  await expect(calc.input("chart", "max")).toHaveValue("10,000");
  await calc.byTestId("fit-axis").click();
  await expect(calc.input("chart", "max")).toHaveValue("1,000");
  await expect(calc.byTestId("chart")).toHaveAttribute("data-drawn", /\d+/);
});
