// Numbers a founder can trust (issue 14.3-14.5): which rate escalations are priced at, options that
// need more hours than one person has, and the answer kept in view while editing.
import { type Locator, type Page } from "@playwright/test";
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("I handle escalations myself: the developer rate follows the value of my hour", async ({ page, calc }) => {
  await calc.goto();
  // The example's two rates are equal (60): the switch shows on, and nothing needs saying.
  const mine = calc.byTestId("escalations-mine");
  await expect(mine).toBeChecked();
  await expect(calc.input("rates", "developer_hourly")).toHaveCount(0);
  await expect(calc.byTestId("escalation-rate")).toHaveCount(0);
  // Raising my hour raises the escalations of every option with it: the contractor's 60 h of
  // escalations now cost 80 an hour: 1,562.50 + 4,800 + 2 x 80 = 6,522.50.
  await calc.set("rates", "founder_hourly", "80");
  await expect(calc.cost("contractor")).toHaveText("$6,523");
  await expect(calc.byTestId("escalations-mine-note")).toContainText("$80.00 an hour");

  // Off: the developer rate is mine to set, and the verdict says which rate each option uses.
  await mine.uncheck();
  await calc.set("rates", "developer_hourly", "45");
  // 1,562.50 + 60 h x 45 + 160 = 4,422.50.
  await expect(calc.cost("contractor")).toHaveText("$4,423");
  await expect(calc.byTestId("escalation-rate")).toHaveText(
    "Escalations are priced at $80.00 an hour (the value of your hour) when you do it yourself, and at $45.00 an hour (the developer rate) in every other option.",
  );
  // A scenario whose rates differ opens with the switch off.
  await calc.byTestId("scenario-duplicate").click();
  await expect(mine).not.toBeChecked();
  await expect(calc.input("rates", "developer_hourly")).toHaveValue("45");
});

test("an option that needs more hours than one person has is flagged on its card and in the verdict", async ({ page, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("option-flag")).toHaveCount(0);
  await expect(calc.byTestId("panel-diy")).toContainText("You have 160.0 h a month");
  await calc.set("workload", "tickets_per_month", "900");
  // 187.5 h of tier 1 + 180 h of escalations.
  await expect(calc.byTestId("flag-diy")).toHaveText(
    "Doing it yourself needs 367.5 h of your time a month, more than the 160.0 h one person has.",
  );
  // The two rates are equal, so the escalations are mine in every option: 180 h + oversight each.
  await expect(calc.byTestId("escalations-mine")).toBeChecked();
  await expect(calc.byTestId("flag-platform")).toContainText("The platform needs 183.0 h of your time");
  await expect(calc.byTestId("option-flag")).toHaveCount(4);
  // Developers handle them: only doing it yourself and the contractor's 187.5 h remain.
  await calc.byTestId("escalations-mine").uncheck();
  await expect(calc.byTestId("flag-contractor")).toHaveText(
    "A contractor would bill 187.5 h a month, more than the 160.0 h one person works: it takes 2 contractors.",
  );
  await expect(calc.byTestId("flag-platform")).toHaveCount(0);
  const flags = calc.byTestId("option-flag");
  await expect(flags).toHaveCount(2);
  await expect(flags.first()).toContainText("Doing it yourself needs 367.5 h");
  // In German too.
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("flag-diy")).toContainText("Selbermachen braucht 367,5 h Ihrer Zeit");
});

test("inputs outside every benchmark get a second look", async ({ page, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("input-flags")).toHaveCount(0);
  await calc.set("workload", "escalation_minutes", "0");
  await calc.set("workload", "replies_per_ticket", "12");
  const items = calc.byTestId("input-flag");
  await expect(calc.byTestId("input-flags")).toHaveText("Worth a second look:");
  await expect(items).toHaveText([
    "12 replies per ticket is far above the usual 1 to 6.",
    "Escalated tickets take 0 developer minutes: tier 2 then costs nothing in every option.",
  ]);
  await calc.set("workload", "replies_per_ticket", "2.5");
  await calc.set("workload", "escalation_minutes", "600");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("per ticket, above any published benchmark");
});

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error("not laid out");
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function inViewport(page: Page, l: Locator) {
  const b = await box(l);
  const vp = page.viewportSize()!;
  return b.y >= 0 && b.y + b.height <= vp.height && b.x >= 0 && b.x + b.width <= vp.width;
}

for (const [name, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const) {
  test(`on a ${name} the verdict and the costs stay in view while a plan input is edited`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const calc = new CalculatorPage(page);
    await calc.goto();
    // The Growth plan's monthly fee (plan 2: name, fee, included, per extra unit).
    const fee = calc.byTestId("plans").locator("input").nth(5);
    await fee.focus();
    await expect(fee).toBeFocused();
    const summary = calc.byTestId("summary");
    await expect(summary).toBeVisible();
    // The verdict itself on a wide screen, its short form on a phone.
    await expect(summary.locator("p:visible")).toHaveText(
      name === "desktop"
        ? "At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than doing it yourself."
        : "Cheapest: the platform, $5,089 a month",
    );
    await expect(calc.byTestId("summary-cost-diy")).toHaveText("$7,350");
    expect(await inViewport(page, summary)).toBe(true);
    expect(await inViewport(page, fee)).toBe(true);
    // It does not cover the input being edited.
    const s = await box(summary);
    expect(overlaps(s, await box(fee))).toBe(false);
    // Editing updates it, and nothing on screen moves.
    const before = await box(fee);
    // Growth at 600: 600 + 400 x 1.90 = 1,360, + 3,780 = 5,140.
    await fee.fill("600");
    await expect(calc.byTestId("summary-cost-platform")).toHaveText("$5,140");
    expect(await box(fee)).toEqual(before);
    expect(await box(summary)).toEqual(s);
  });
}

test("on a desktop the summary shows only once the cards themselves are off screen", async ({ page, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("summary")).toHaveCount(1);
  await expect(calc.byTestId("summary")).toBeHidden();
  await calc.byTestId("panel-contractor").scrollIntoViewIfNeeded();
  await expect(calc.byTestId("summary")).toBeVisible();
  await calc.byTestId("cheapest").scrollIntoViewIfNeeded();
  await expect(calc.byTestId("summary")).toBeHidden();
});
