// A founder starts from an example close to their business. The examples are five different
// businesses whose answers differ, each with one line on what drives it (issues 14.8 and 15).
import { expect, test } from "./fixtures/calculator-page";

test("choosing a preset fills the inputs and updates every result", async ({ page, calc }) => {
  await calc.goto();
  const before = await calc.chartPixels();

  await calc.choosePreset("solo");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("40");
  await expect(calc.input("rates", "founder_hourly")).toHaveValue("50");
  await expect(calc.byTestId("cheapest")).toContainText("At 40 tickets a month");
  // 80 replies x 4 min = 5.3 h tier 1; 20 escalated x 25 min = 8.3 h; 13.7 h x 50 = 683.33.
  await expect(calc.cost("diy")).toHaveText("$683.33");
  expect(await calc.chartPixels()).not.toBe(before);

  await calc.choosePreset("saas");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("4,000");
  await expect(calc.input("chart", "max")).toHaveValue("10,000");
  await expect(calc.byTestId("plans").locator("li.plan")).toHaveCount(4);
});

test("the examples reach different answers and say what drives each", async ({ page, calc }) => {
  await calc.goto();
  const answers: Record<string, string | null> = {};
  for (const [key, driver] of [
    ["solo", /doing it yourself is cheapest.*10-hour minimum/],
    ["theme-shop", /a contractor is cheapest.*1\.33 each/],
    ["saas", /the platform is cheapest.*0\.61 a reply/],
    ["dev-tools", /everyone helping is cheapest.*resolve 45% and escalate 82/],
    ["ai-helpdesk", /a contractor at 17 an hour with an AI agent in front is cheapest/],
  ] as const) {
    await calc.choosePreset(key);
    await expect(calc.notices().last()).toContainText(driver);
    answers[key] = await calc.cheapest();
  }
  expect(answers).toEqual({
    solo: "diy",
    "theme-shop": "contractor",
    saas: "platform",
    "dev-tools": "all_hands",
    "ai-helpdesk": "contractor",
  });
});

test("in German the examples say what drives them in German", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  await calc.choosePreset("theme-shop");
  await expect(calc.notices().last()).toContainText("Ein Freelancer ist am günstigsten");
  await expect(calc.byTestId("cheapest")).toHaveAttribute("data-option", "contractor");
});
