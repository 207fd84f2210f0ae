// A founder types in their own figures and reads the costs.
import { expect, test } from "./fixtures/calculator-page";

test("editing inputs updates costs as the user types", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "tickets_per_month", "600");
  // 600 tickets: 125 h + 120 h at 60 = 14,700.
  await expect(calc.cost("diy")).toHaveText("$14,700");
  await calc.set("rates", "founder_hourly", "100");
  await expect(calc.cost("diy")).toHaveText("$24,500");
  await calc.set("contractor", "hourly_rate", "30");
  // The two rates were equal, so the founder handles escalations and the developer rate followed:
  // 125 h x 30 + 120 h x 100 + 2 h x 100 = 15,950.
  await expect(calc.cost("contractor")).toHaveText("$15,950");
});

test("a bad value is explained and the last valid figures stay", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("workload", "replies_per_ticket", "0");
  await expect(calc.errors()).toHaveCount(1);
  await expect(calc.errors().first()).toContainText("Replies per ticket must be from 0.1 to 50");
  await expect(calc.input("workload", "replies_per_ticket")).toHaveAttribute("aria-invalid", "true");
  await expect(calc.cost("diy")).toHaveText("$7,350");
  await calc.set("workload", "replies_per_ticket", "2.5");
  await expect(calc.errors()).toHaveCount(0);
  await expect(calc.cost("diy")).toHaveText("$7,350");
});

test("arrow keys step a value", async ({ page, calc }) => {
  await calc.goto();
  const tickets = calc.input("workload", "tickets_per_month");
  await tickets.focus();
  await page.keyboard.press("ArrowUp");
  await expect(tickets).toHaveValue("310");
  await expect(calc.byTestId("cheapest")).toContainText("At 310 tickets a month");
});

test("a capped plan leaves the platform unavailable, never free", async ({ page, calc }) => {
  await calc.goto();
  for (const i of [0, 1, 2]) {
    await calc.byTestId(`input-platform-plans-${i}-overage_per_unit`).fill("");
  }
  // 750 replies: Scale includes 1,000 and still covers it; at 500 tickets (1,250 replies) nothing does.
  await expect(calc.cost("platform")).toHaveText("$5,170");
  await calc.set("workload", "tickets_per_month", "500");
  await expect(calc.cost("platform")).toHaveText("Not available");
  await expect(calc.byTestId("card-platform")).toContainText("No plan covers 1,250 replies");
});
