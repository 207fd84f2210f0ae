// The answer along the chart's axis comes first: which option is cheapest in each range, then the pairs.
import { expect, test } from "./fixtures/calculator-page";

test("the cheapest option in each range leads the break-evens, in both languages", async ({ page, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("cheapest-regimes")).toHaveText(
    "Below 30 tickets: doing it yourself. 30 to 116: a contractor. From 117: the platform.",
  );
  // Eleven pairwise break-evens stay listed below it as the detail: the eight of the four options of
  // version 1, and three with everyone helping, which is never the cheapest.
  expect(await calc.breakEvenSentences()).toHaveLength(11);
  await calc.set("contractor", "hourly_rate", "200");
  await expect(calc.byTestId("cheapest-regimes")).not.toContainText("contractor");
  await calc.set("contractor", "hourly_rate", "25");
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("cheapest-regimes")).toHaveText(
    "Unter 30 Tickets: Selbermachen. 30 bis 116: ein Freelancer. Ab 117: die Plattform.",
  );
});
