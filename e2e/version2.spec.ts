// Every way to staff tier 1 in 2026 (issue 15): the AI front line, everyone helps, and each option's
// own tier 1. The figures are the hand-worked ones of tests/version2.rs.
import { expect, test } from "./fixtures/calculator-page";

test("turning the AI on gives every card its worked cost with the AI and says the cost without it", async ({ page, calc }) => {
  await calc.goto();
  // Off: one line on what it would change, and no without-AI figures.
  await expect(calc.byTestId("ai-preview")).toHaveText(
    "Switched on with the settings below, it would save $92.61 a month with the cheapest option.",
  );
  await expect(calc.byTestId("without-ai-diy")).toHaveCount(0);
  await calc.input("ai", "enabled").check();
  // 225 conversations, 101.25 billed resolutions x 0.99 + 4 h x 60 = 340.24 on every option.
  await expect(calc.cost("diy")).toHaveText("$6,685");
  await expect(calc.cost("employee")).toHaveText("$6,550");
  await expect(calc.cost("contractor")).toHaveText("$5,204");
  await expect(calc.cost("platform")).toHaveText("$4,996");
  await expect(calc.cost("all_hands")).toHaveText("$7,491");
  await expect(calc.byTestId("without-ai-diy")).toHaveText("$7,350 without the AI");
  await expect(calc.byTestId("without-ai-platform")).toHaveText("$5,089 without the AI");
  await expect(calc.byTestId("without-ai-all_hands")).toHaveText("not available without the AI");
  await expect(calc.byTestId("ai-saving")).toHaveText(
    "The AI saves $92.61 a month: the cheapest option costs $4,996 with it and $5,089 without.",
  );
  await expect(calc.byTestId("ai-workload")).toContainText("Conversations225");
  await expect(calc.byTestId("ai-billed-more")).toContainText("billed for 101.3 resolutions but really closes 91.1 tickets");
  await expect(calc.byTestId("ai-pays-from")).toContainText("Doing it yourself: from 18.6%");
  // The breakdown has the AI's line for every option.
  const aiRow = calc.byTestId("breakdown").locator("tr", { hasText: "AI front line" });
  await expect(aiRow.locator("td")).toHaveText(["$340", "$340", "$340", "$340", "$340"]);

  // Held to what tier 1 could resolve.
  await calc.set("ai", "involvement", "100");
  await calc.set("ai", "resolution_rate", "90");
  await calc.set("ai", "reopen_rate", "0");
  await expect(calc.byTestId("ai-capped")).toHaveText(
    "The AI would close 270 tickets, but tier 1 could resolve only 210: it is counted at 210, the rest needs a person.",
  );

  // A vendor's published price fills the pricing inputs.
  await calc.byTestId("ai-vendor-price").selectOption("freshdesk");
  await expect(calc.input("ai", "pricing")).toHaveValue("per_conversation");
  await expect(calc.input("ai", "price_per_unit")).toHaveValue("0.49");
  await expect(calc.byTestId("ai-billed-more")).toContainText("billed for 300 conversations");

  // Off again: the without-AI figures go, the version-1 costs come back.
  await calc.input("ai", "enabled").uncheck();
  await expect(calc.byTestId("without-ai-diy")).toHaveCount(0);
  await expect(calc.cost("diy")).toHaveText("$7,350");
});

test("the chart runs along the AI's resolution rate", async ({ page, calc }) => {
  await calc.goto();
  await calc.input("ai", "enabled").check();
  const before = await calc.chartPixels();
  await calc.chooseAxis("ai_resolution_rate");
  await expect(calc.input("chart", "max")).toHaveValue("100");
  await expect.poll(() => calc.chartPixels()).not.toBe(before);
  // From about 32.5% the platform with the AI is the cheapest of all; the list says so.
  await expect(calc.byTestId("break-even-list")).toContainText("an AI resolution rate of");
  await expect(calc.byTestId("cheapest-regimes")).toContainText("the platform");
});

test("everyone helps has its card, and past its allowed share it is a gap that says what it would need", async ({ page, calc }) => {
  await calc.goto();
  // 300 tickets: 62.5 h of tier 1 x 1.25 = 78.1 h of shifts, 6.1% of 8 x 160 h, over the 5% rule.
  await expect(calc.cost("all_hands")).toHaveText("Not available");
  await expect(calc.byTestId("all-hands-over")).toHaveText("It would take 6.1% of everyone's time; the rule allows 5%.");
  // 200 tickets: 52.1 h of shifts (4.1%) x 60 + 40 h x 60 + 2 h x 60 = 5,645.
  await calc.set("workload", "tickets_per_month", "200");
  await expect(calc.cost("all_hands")).toHaveText("$5,645");
  await expect(calc.byTestId("card-all_hands")).toContainText("52.1 h of shifts, 6.5 h each (4.1% of their time)");
  await expect(calc.byTestId("all-hands-over")).toHaveCount(0);
  // On the chart it is a gap from where it would take more than 5%: its figures stop.
  await page.getByText("The chart's figures as a table").click();
  const rows = calc.byTestId("chart-table").locator("tbody tr");
  await expect(rows.nth(1).locator("td").nth(4)).toHaveText("$5,645");
  await expect(rows.nth(2).locator("td").nth(4)).toHaveText("not available");
  // Back past the share, a larger team takes it: 10 x 160 x 5% = 80 h.
  await calc.set("workload", "tickets_per_month", "300");
  await expect(calc.cost("all_hands")).toHaveText("Not available");
  await calc.set("all_hands", "team_size", "10");
  await expect(calc.cost("all_hands")).toHaveText("$8,408");
  // It is in the breakdown and the break-evens like every other option.
  await expect(calc.byTestId("breakdown").locator("thead")).toContainText("Everyone helps");
  await calc.byTestId("toggle-all_hands").uncheck();
  await expect(calc.cost("all_hands")).toHaveText("Off");
});

test("an option's own tier 1 shows the workload's value until set, and the card says when it differs", async ({ page, calc }) => {
  await calc.goto();
  const own = calc.input("platform", "tier1_resolution_rate");
  await expect(own).toHaveValue("");
  await expect(own).toHaveAttribute("placeholder", "Same as workload: 70%");
  await calc.set("workload", "tier1_resolution_rate", "75");
  await expect(own).toHaveAttribute("placeholder", "Same as workload: 75%");
  await calc.set("workload", "tier1_resolution_rate", "70");
  // At 50% the platform escalates 150 tickets: 1,309 + 100 h x 60 + 180 = 7,489.
  await own.fill("50");
  await expect(calc.cost("platform")).toHaveText("$7,489");
  await expect(calc.byTestId("own-tier1-platform")).toHaveText("Tier 1 here resolves 50% (workload: 70%).");
  const escalations = calc
    .byTestId("breakdown")
    .locator("tr")
    .filter({ has: page.locator("th", { hasText: /^Escalations$/ }) });
  await expect(escalations.locator("td").nth(3)).toHaveText("150 (100.0 h)");
  await expect(escalations.locator("td").nth(0)).toHaveText("90 (60.0 h)");
  await own.fill("150");
  await expect(calc.errors()).toHaveText("Own tier-1 resolution rate must be from 0% to 100%.");
  await expect(calc.byTestId("stale-notice")).toBeVisible();
  // Emptied: the workload's rate again.
  await own.fill("");
  await expect(calc.cost("platform")).toHaveText("$5,089");
  await expect(calc.byTestId("own-tier1-platform")).toHaveCount(0);
});

test("every new input has a German label and refuses bad values in German", async ({ page, calc }) => {
  await calc.goto();
  const ids = [
    "ai-involvement", "ai-resolution_rate", "ai-reopen_rate", "ai-pricing", "ai-price_per_unit",
    "ai-monthly_fee", "ai-included_units", "ai-handoff_minutes", "ai-upkeep_hours",
    "all_hands-team_size", "all_hands-team_hourly", "all_hands-paid_hours_per_month",
    "all_hands-max_share", "all_hands-speed_factor", "all_hands-coordination_hours",
    "all_hands-tier1_resolution_rate", "employee-tier1_resolution_rate", "employee-minutes_per_reply",
    "contractor-tier1_resolution_rate", "contractor-minutes_per_reply",
    "platform-tier1_resolution_rate", "platform-minutes_per_reply",
  ];
  const labels = async () => {
    const out: string[] = [];
    for (const id of ids) out.push((await page.locator(`label[for="f-${id}"]`).textContent()) ?? "");
    return out;
  };
  const english = await labels();
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("panel-ai")).toContainText("KI-Agent vorschalten");
  const german = await labels();
  ids.forEach((id, i) => {
    expect(german[i], id).not.toBe("");
    expect(german[i], id).not.toBe(english[i]);
  });
  await calc.set("all_hands", "team_size", "0");
  await expect(calc.errors()).toContainText("Personen im Wechsel");
  await expect(calc.errors()).toContainText("zwischen 1 und 1.000");
});

test("a scenario saved by a newer version is kept aside, named, and nothing stored is lost", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Mine");
  await expect.poll(() => calc.storedLibrary()).toContain("Mine");
  const library = JSON.parse((await calc.storedLibrary())!);
  const future = structuredClone(library.scenarios[0]);
  future.id = "from-a-newer-app";
  future.scenario = typeof future.scenario === "string" ? JSON.parse(future.scenario) : future.scenario;
  future.scenario.version = 99;
  future.scenario.name = "Made later";
  library.scenarios.push(future);
  const raw = JSON.stringify(library);
  await calc.storeLibrary(raw);
  await page.reload();
  await expect(calc.cost("diy")).not.toBeEmpty();
  await expect(calc.notices()).toContainText("version: 99 was made by a newer version of this app");
  expect(await calc.scenarioNames()).toEqual(["Mine"]);
  // The stored value as it was is kept under a backup key before anything was written.
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("support-calc.backup."))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toContain(raw);
});
