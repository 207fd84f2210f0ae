// A founder keeps several scenarios and finds them again next month.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("scenarios are created, renamed and still there after a reload", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Today");
  await calc.set("workload", "tickets_per_month", "420");
  await calc.byTestId("scenario-new").click();
  await calc.rename("Next year");
  await calc.set("workload", "tickets_per_month", "900");
  await calc.byTestId("scenario-duplicate").click();
  expect(await calc.scenarioNames()).toEqual(["Today", "Next year", "Next year (copy)"]);

  await page.reload();
  await expect(calc.cost("diy")).not.toBeEmpty();
  expect(await calc.scenarioNames()).toEqual(["Today", "Next year", "Next year (copy)"]);
  await expect(calc.byTestId("scenario-name")).toHaveValue("Next year (copy)");
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("900");

  await calc.picker().selectOption({ label: "Today" });
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("420");
  await expect(calc.byTestId("cheapest")).toContainText("At 420 tickets a month");
});

test("a deleted scenario can be brought back", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Keep me");
  await calc.byTestId("scenario-delete").click();
  expect(await calc.scenarioNames()).toEqual(["Example plugin shop"]);
  await expect(calc.notices()).toContainText("Deleted “Keep me”.");
  await calc.byTestId("undo-delete").click();
  expect(await calc.scenarioNames()).toEqual(["Example plugin shop", "Keep me"]);
  await expect(calc.byTestId("scenario-name")).toHaveValue("Keep me");
  await page.reload();
  await expect(calc.cost("diy")).not.toBeEmpty();
  expect(await calc.scenarioNames()).toEqual(["Example plugin shop", "Keep me"]);
});

test("two tabs editing different scenarios keep each other's changes", async ({ context }) => {
  const first = await CalculatorPage.open(context);
  await first.byTestId("scenario-new").click();
  await first.rename("Tab A");
  const second = await CalculatorPage.open(context);
  expect(await second.scenarioNames()).toEqual(["Example plugin shop", "Tab A"]);
  await second.picker().selectOption({ label: "Example plugin shop" });
  await second.set("workload", "tickets_per_month", "777");
  // The first tab edits its own scenario after the second saved: nothing of either is lost.
  await first.set("workload", "tickets_per_month", "555");
  await first.page.reload();
  await expect(first.cost("diy")).not.toBeEmpty();
  await first.picker().selectOption({ label: "Example plugin shop" });
  await expect(first.input("workload", "tickets_per_month")).toHaveValue("777");
  await first.picker().selectOption({ label: "Tab A" });
  await expect(first.input("workload", "tickets_per_month")).toHaveValue("555");
});

test("a tab whose save was overwritten by another tab's puts its work back", async ({ context }) => {
  // Two tabs that save at the same moment each read storage before the other wrote: the later write
  // drops the earlier one's edit. Here the second tab writes such a stale copy on purpose.
  const first = await CalculatorPage.open(context);
  // A first visit stores nothing until its first change.
  await first.rename("Shop");
  await expect.poll(() => first.storedLibrary()).toContain("Shop");
  const second = await CalculatorPage.open(context);
  const stale = await second.storedLibrary();
  await first.set("workload", "tickets_per_month", "777");
  await expect.poll(() => second.storedLibrary()).toContain('"tickets_per_month":777');
  await second.storeLibrary(stale!);
  // The first tab hears of that write, sees it lacks its edit, and writes it back.
  await expect.poll(() => second.storedLibrary()).toContain('"tickets_per_month":777');
  await second.page.reload();
  await expect(second.cost("diy")).not.toBeEmpty();
  await expect(second.input("workload", "tickets_per_month")).toHaveValue("777");
});

test("a scenario deleted in one tab goes from the other, which can bring it back", async ({ context }) => {
  const first = await CalculatorPage.open(context);
  await first.byTestId("scenario-duplicate").click();
  await first.rename("Shared");
  const second = await CalculatorPage.open(context);
  await expect(second.byTestId("scenario-name")).toHaveValue("Shared");
  await first.byTestId("scenario-delete").click();
  // The second tab showed it: it now shows what is left and says why, with the offer to undo.
  await expect(second.notices()).toContainText("“Shared” was deleted in another tab.");
  expect(await second.scenarioNames()).toEqual(["Example plugin shop"]);
  await expect(second.byTestId("scenario-name")).toHaveValue("Example plugin shop");
  // An edit in the second tab does not save the deleted scenario back.
  await second.set("workload", "tickets_per_month", "640");
  await first.page.reload();
  await expect(first.cost("diy")).not.toBeEmpty();
  expect(await first.scenarioNames()).toEqual(["Example plugin shop"]);
  // Undo in the second tab brings it back in both.
  await second.notices().filter({ hasText: "another tab" }).getByTestId("undo-delete").click();
  expect(await second.scenarioNames()).toEqual(["Example plugin shop", "Shared"]);
  await expect.poll(() => first.scenarioNames()).toEqual(["Example plugin shop", "Shared"]);
});
