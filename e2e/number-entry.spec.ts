// Numbers are read the way the interface's language writes them, and what is not taken is said beside
// the answer: the results never move on a half-typed or misread value.
import { expect, test } from "./fixtures/calculator-page";

test("English reads 1,500 as fifteen hundred and refuses 1,5", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "tickets_per_month", "1,500");
  await expect(calc.byTestId("cheapest")).toContainText("At 1,500 tickets a month");
  await expect(calc.byTestId("stale-notice")).toHaveCount(0);
  await calc.set("workload", "replies_per_ticket", "2,5");
  await expect(calc.errors().first()).toContainText("is not a number as English writes it");
  await expect(calc.byTestId("stale-notice")).toHaveText("Results use the last valid value of Replies per ticket (2.5).");
  // Leaving a valid field shows it back formatted.
  await calc.input("workload", "tickets_per_month").fill("2500");
  await calc.input("workload", "minutes_per_reply").focus();
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("2,500");
});

test("German reads 1.500 as fifteen hundred and refuses 1.5", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  await expect(calc.input("workload", "replies_per_ticket")).toHaveValue("2,5");
  await calc.set("workload", "tickets_per_month", "1.500");
  await expect(calc.byTestId("cheapest")).toContainText("Bei 1.500 Tickets im Monat");
  await calc.set("workload", "tickets_per_month", "1.5");
  await expect(calc.errors().first()).toContainText("ist keine Zahl, wie sie im Deutschen geschrieben wird");
  await expect(calc.byTestId("stale-notice")).toHaveText(
    "Die Ergebnisse verwenden den letzten gültigen Wert von Tickets pro Monat (1.500).",
  );
  await expect(calc.byTestId("cheapest")).toContainText("Bei 1.500 Tickets im Monat");
  await calc.set("workload", "tickets_per_month", "600");
  await expect(calc.byTestId("stale-notice")).toHaveCount(0);
});

test("a rate typed as a fraction asks whether it means percent", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "tier1_resolution_rate", "0.6");
  await expect(calc.errors().first()).toContainText("did you mean 60 %?");
  await expect(calc.byTestId("stale-notice")).toContainText("Tier-1 resolution rate (70)");
  await calc.set("workload", "tier1_resolution_rate", "60");
  await expect(calc.byTestId("stale-notice")).toHaveCount(0);
});
