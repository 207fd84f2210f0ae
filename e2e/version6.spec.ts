// The AI bill as 2026 vendors write it (issue 37, SPEC 3.9, format version 6). The figures are worked
// by hand as in tests/version6.rs.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures/calculator-page";

test("a cap that pauses the AI says from which day, and overage says by how much", async ({ calc }) => {
  await calc.goto();
  // 1,500 tickets, all answered first by an AI that resolves 40% at 1.00: uncapped, a bill of 600.
  await calc.set("workload", "tickets_per_month", "1500");
  await calc.input("ai", "enabled").check();
  await calc.set("ai", "involvement", "100");
  await calc.set("ai", "resolution_rate", "40");
  await calc.set("ai", "price_per_unit", "1");
  await expect(calc.byTestId("ai-bill")).toHaveText("The AI's bill this month: $600.00, with no cap.");
  await expect(calc.byTestId("ai-pause")).toHaveCount(0);
  // A cap of 380 holds 950 of the 1,500 conversations: the AI stops on day 19.
  await calc.set("ai", "monthly_cap", "380");
  const sentence = "At this cap the AI stops on day 19 of the month; the rest go to people.";
  await expect(calc.byTestId("ai-pause")).toHaveText(sentence);
  await expect(calc.byTestId("ai-pause-panel")).toHaveText(sentence);
  await expect(calc.byTestId("ai-bill")).toHaveText("The AI's bill this month: $380.00 of its $380.00 cap.");
  await expect(calc.byTestId("ai-workload")).toContainText("Taken before the cap950");
  // People answer 1,158 tickets: (2,895 replies x 5 min + 608 handoffs x 1 min + 300 h of
  // escalations) x 60 + 620 for the AI = 33,703 doing it yourself.
  await expect(calc.cost("diy")).toHaveText("$33,703");
  // Billed past the cap instead: the AI takes every conversation, 220 over.
  await calc.input("ai", "at_cap").selectOption("overage");
  await expect(calc.byTestId("ai-pause")).toHaveCount(0);
  await expect(calc.byTestId("ai-over-cap")).toHaveText(
    "The AI's bill, $600.00, runs $220.00 past its cap of $380.00: the vendor bills the overage.",
  );
  // The fee cannot pass the cap, nor the cap go under the fee: each field says so and keeps its value.
  await calc.set("ai", "monthly_fee", "400");
  await expect(calc.page.locator("#f-ai-monthly_fee-error")).toContainText("380");
  await calc.set("ai", "monthly_fee", "100");
  await calc.set("ai", "monthly_cap", "50");
  await expect(calc.page.locator("#f-ai-monthly_cap-error")).toContainText("100");
  await expect(calc.byTestId("ai-over-cap")).toContainText("past its cap of $380.00");
  // Emptied: no cap at all.
  await calc.set("ai", "monthly_cap", "");
  await expect(calc.input("ai", "monthly_cap")).toHaveAttribute("placeholder", "No cap");
  await expect(calc.byTestId("ai-bill")).toHaveText("The AI's bill this month: $700.00, with no cap.");
  await expect(calc.byTestId("ai-over-cap")).toHaveCount(0);
});

test("a vendor's published price fills only the price fields and says whose it is", async ({ calc }) => {
  await calc.goto();
  await calc.input("ai", "enabled").check();
  await calc.set("ai", "involvement", "60");
  await calc.set("ai", "monthly_fee", "50");
  // The default 0.99 per resolution is Fin's published price.
  await expect(calc.byTestId("ai-vendor-price")).toHaveValue("fin");
  await calc.byTestId("ai-vendor-price").selectOption("gorgias");
  await expect(calc.input("ai", "price_per_unit")).toHaveValue("0.9");
  await expect(calc.input("ai", "extra_per_resolution")).toHaveValue("0.4");
  await expect(calc.input("ai", "pricing")).toHaveValue("per_resolution");
  await expect(calc.byTestId("ai-vendor")).toContainText(
    "Gorgias: $0.90 per resolution, each also a billable helpdesk ticket, as listed on its pricing page in 2026.",
  );
  await expect(calc.byTestId("ai-vendor")).toContainText("Check the vendor's page: prices change.");
  // Nothing else moved: the user's involvement and fee stay.
  await expect(calc.input("ai", "involvement")).toHaveValue("60");
  await expect(calc.input("ai", "monthly_fee")).toHaveValue("50");
  // 300 x 0.6 = 180 conversations, 81 resolutions: 50 + 81 x (0.90 + 0.40) = 155.30.
  await expect(calc.byTestId("ai-bill")).toContainText("$122.90");
  await expect(calc.byTestId("ai-bill")).toContainText("also cost $32.40 elsewhere");
  // HubSpot pauses at its cap; Agentforce bills every conversation.
  await calc.byTestId("ai-vendor-price").selectOption("hubspot");
  await expect(calc.input("ai", "at_cap")).toHaveValue("pause");
  await expect(calc.input("ai", "extra_per_resolution")).toHaveValue("0");
  await expect(calc.byTestId("ai-vendor")).toContainText("HubSpot: $0.50 per resolved conversation, from 14 April 2026.");
  await calc.byTestId("ai-vendor-price").selectOption("agentforce");
  await expect(calc.input("ai", "pricing")).toHaveValue("per_conversation");
  await expect(calc.input("ai", "price_per_unit")).toHaveValue("2");
  // The user's own quote wins: typed, the page names no vendor any more.
  await calc.set("ai", "price_per_unit", "1.75");
  await expect(calc.byTestId("ai-vendor-price")).toHaveValue("own");
  await expect(calc.byTestId("ai-vendor")).toHaveText("Your own quote: the prices below are yours, not a vendor's list.");
  // In German, with the date and the reminder.
  await calc.byTestId("ai-vendor-price").selectOption("hubspot");
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("ai-vendor")).toContainText("ab 14. April 2026");
  await expect(calc.byTestId("ai-vendor")).toContainText("Prüfen Sie die Seite des Anbieters");
});

test("a version-5 file opens with the results its release gave and saves in the current version", async ({ calc }) => {
  await calc.goto();
  const file = readFileSync("tests/fixtures/v5/ai-helpdesk.json", "utf8");
  const report = JSON.parse(readFileSync("tests/fixtures/v5/ai-helpdesk.report.json", "utf8"));
  expect(JSON.parse(file).version).toBe(5);
  await calc.byTestId("import-file").setInputFiles({
    name: "helpdesk-v5.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await expect(calc.notices()).toContainText("helpdesk-v5.json");
  const money = (v: number) => "$" + Math.round(v).toLocaleString("en-US");
  for (const o of report.options as { id: "diy" | "employee" | "contractor" | "platform"; monthly_cost: number }[]) {
    await expect(calc.cost(o.id)).toHaveText(money(o.monthly_cost));
  }
  // No cap, nothing paused, the AI's workload as version 5 had it.
  await expect(calc.input("ai", "monthly_cap")).toHaveValue("");
  await expect(calc.byTestId("ai-pause")).toHaveCount(0);
  await expect(calc.byTestId("ai-workload")).toContainText("Tickets it closes486");
  const saved = JSON.parse((await calc.download("export-json")).text);
  expect(saved.version).toBeGreaterThanOrEqual(6);
  expect(saved.ai).toMatchObject({
    monthly_cap: null,
    at_cap: "pause",
    handoffs_billed: false,
    extra_per_resolution: 0,
    human_minutes_uplift: 0,
  });
});
