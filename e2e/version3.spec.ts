// Coverage, live channels and what fast answers are worth (issue 16, SPEC 5). The figures are worked
// by hand as in tests/version3.rs.
import { expect, test } from "./fixtures/calculator-page";

test("a 24/7 live-chat promise shows its live agents, its floor, and doing it yourself unavailable", async ({ page, calc }) => {
  await calc.goto();
  // Without a promise or a live channel, every card says how soon it answers.
  // The employee's one FTE works 160 * 12 / 52 = 36.9 h a week of the 40 covered (SPEC 5.1, version 5).
  await expect(calc.byTestId("fast-reply-employee")).toHaveText(
    "25% answered within 1.0 h · mean wait 15.7 h",
  );
  await expect(calc.byTestId("fast-reply-platform")).toHaveText(
    "100% answered within 1.0 h · always staffed",
  );
  await expect(calc.byTestId("live-agents")).toHaveText(
    "No live channel: every ticket is answered in writing, and nobody waits in a queue.",
  );

  await calc.byTestId("coverage-preset-168").click();
  await expect(calc.input("coverage", "hours_per_week")).toHaveValue("168");
  await expect(calc.byTestId("coverage-preset-168")).toHaveAttribute("aria-pressed", "true");
  await calc.set("coverage", "agents_on_shift", "1");
  await calc.set("workload", "tickets_per_month", "3000");
  await calc.set("channels", "live_share", "30");
  // 900 chats a month over 728 covered hours, 1.5 times that in the busiest hour, 600 s each:
  // 0.31 Erlangs. One person answers 71% within 60 s; two answer 97%.
  await expect(calc.byTestId("live-agents")).toHaveText("2 people on live chat and phone in every covered hour");
  await expect(calc.byTestId("live-figures")).toContainText("Live tickets a month900");
  await expect(calc.byTestId("live-figures")).toContainText("Live hours a month1,456.0 h");
  await expect(calc.byTestId("coverage-floor")).toHaveText(
    "The promise alone takes 728.0 h a month: one person in each of 728.0 covered hours, however few tickets arrive.",
  );
  await expect(calc.byTestId("coverage-week")).toHaveAttribute("data-testid", "coverage-week");
  await expect(calc.byTestId("coverage-week").locator("svg")).toHaveAttribute(
    "aria-label",
    "Promised: Around the clock, every day. You: Monday to Friday, 08:00 to 16:00. Platform: Around the clock, every day",
  );
  // You are one person: the queue needs two at once.
  await expect(calc.cost("diy")).toHaveText("Not available");
  await expect(calc.byTestId("unavailable-diy")).toHaveText(
    "The live queue needs 2 people at once in its busiest hour; you are one.",
  );
  // The employee staffs 2 * 728 live hours + 2,100 emailed tickets * 2.5 * 5 / 60 = 1,893.5 h:
  // 16.9 FTE, paid 17: 17 * 4,640 + 17 seats * 50 + 600 h of escalations * 60 + 4 h * 60 = 115,970.
  await expect(calc.cost("employee")).toHaveText("$115,970");
  await expect(calc.byTestId("card-employee")).toContainText("17.00 FTE paid (16.91 needed)");
  // The contractor bills the same 1,893.5 h: 47,337.50 + 36,000 + 120 = 83,457.50.
  await expect(calc.cost("contractor")).toHaveText("$83,458");
  // With a plan that covers 60 hours the platform cannot keep the promise.
  await calc.set("platform", "coverage_hours_per_week", "60");
  await expect(calc.cost("platform")).toHaveText("Not available");
  await expect(calc.byTestId("unavailable-platform")).toHaveText(
    "The plan covers 60 h a week; the promise covers 168 h.",
  );
  // Half a person on shift is refused, naming the field and its range; the results stay.
  await calc.set("coverage", "agents_on_shift", "1.5");
  await expect(calc.errors()).toContainText(["People on shift"]);
  await expect(calc.byTestId("stale-notice")).toContainText("People on shift (1)");
  await expect(calc.cost("employee")).toHaveText("$115,970");
});

test("with too few on shift for the queue, the page says it would be unstable", async ({ page, calc }) => {
  await calc.goto();
  await calc.set("coverage", "agents_on_shift", "1");
  await calc.set("workload", "tickets_per_month", "20000");
  await calc.set("channels", "live_share", "50");
  await expect(calc.byTestId("queue-unstable")).toContainText("With only the 1 on shift the live queue would be unstable");
});

test("the value of fast answers changes the net costs, and the verdict reads by net cost", async ({ page, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("net-cost-platform")).toHaveCount(0);
  await expect(calc.byTestId("input-verdict-basis").locator('option[value="net"]')).toBeDisabled();
  await calc.input("value", "enabled").check();
  // Each fast first reply keeps 3% * 4% * 600 = 0.72: the platform answers all 300 within the hour
  // (216 kept); the employee, with nobody promised on shift, only in the 160 * 12 / 52 = 36.9 h a week its
  // one FTE works: (36.92 + 5) / 168 of them (53.90 kept, SPEC 5.1 of version 5).
  await expect(calc.byTestId("net-cost-platform")).toHaveText(
    "Fast replies keep $216.00 of customers' value a month: $4,873 net",
  );
  await expect(calc.byTestId("net-cost-employee")).toHaveText(
    "Fast replies keep $53.90 of customers' value a month: $8,476 net",
  );
  // Worth ten times as much: 2,160 kept by the platform.
  await calc.set("value", "customer_lifetime_value", "6000");
  await expect(calc.byTestId("net-cost-platform")).toHaveText(
    "Fast replies keep $2,160 of customers' value a month: $2,929 net",
  );
  // At 50 tickets the contractor is cheapest by cost (982.50), the platform by net cost (1,034 - 360).
  await calc.set("workload", "tickets_per_month", "50");
  await expect(calc.byTestId("cheapest")).toHaveAttribute("data-option", "contractor");
  await calc.byTestId("input-verdict-basis").selectOption("net");
  await expect(calc.byTestId("cheapest")).toHaveText(
    "Counting the customers fast answers keep, at 50 tickets a month the platform is cheapest: $674.00 a month net, $454.57 less than doing it yourself.",
  );
  await calc.byTestId("input-verdict-basis").selectOption("cost");
  await expect(calc.byTestId("cheapest")).toContainText("At 50 tickets a month a contractor is cheapest");
  // Off: the net costs go.
  await calc.input("value", "enabled").uncheck();
  await expect(calc.byTestId("net-cost-platform")).toHaveCount(0);
});

test("the staffing calculator solves the published example, and its reverse mode evaluates a headcount", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("view-staffing").click();
  // 100 contacts per 30 minutes, 180 s, 80% within 20 s, 30% shrinkage: 14 agents, 20 scheduled.
  await expect(calc.byTestId("staffing-agents")).toHaveText("14");
  await expect(calc.byTestId("staffing-scheduled")).toHaveText("20");
  await expect(calc.byTestId("staffing-service-level")).toHaveText("88.8%");
  await expect(calc.byTestId("staffing-asa")).toHaveText("7.8 s");
  await expect(calc.byTestId("staffing-occupancy")).toHaveText("71.4%");
  await expect(calc.byTestId("staffing-traffic")).toHaveText("10.00 Erlang");
  // The table: 11 to 19 agents around the answer.
  const rows = calc.byTestId("staffing-table").locator("tbody tr");
  await expect(rows).toHaveCount(9);
  await expect(rows.first().locator("th")).toHaveText("11");
  await expect(calc.byTestId("staffing-table").locator("tr.chosen th")).toHaveText("14");
  // Twice the contacts need fewer than twice the agents (square-root staffing).
  await calc.set("staffing", "contacts", "200");
  await expect(calc.byTestId("staffing-agents")).toHaveText("24");

  await calc.byTestId("staffing-mode-reverse").check();
  await calc.set("staffing", "contacts", "100");
  await calc.set("staffing", "agents", "13");
  await expect(calc.byTestId("staffing-answer")).toHaveText("13 agents answer 79.6% in time, after 17.1 s on average.");
  await calc.set("staffing", "agents", "10");
  await expect(calc.byTestId("staffing-unstable")).toContainText("Unstable queue: 10.00 Erlangs of work arrive for 10 agents");
  await expect(calc.byTestId("staffing-answer")).toHaveText("10 agents cannot keep up: the queue grows without end.");
  // A bad value is refused with a message; the answer stays.
  await calc.set("staffing", "service_level", "150");
  await expect(calc.errors()).toContainText(["Service-level target"]);
  await expect(calc.byTestId("staffing-answer")).toHaveText("10 agents cannot keep up: the queue grows without end.");
});
