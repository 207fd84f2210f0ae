// axe-core finds nothing to fix on any view, in either language or colour scheme.
import { type Page } from "@playwright/test";
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

// The page's policy rightly refuses injected scripts; let the test tool in (security.spec.ts checks CSP).
test.use({ bypassCSP: true });

// Tests run from the project root, where npm installed axe-core.
const axePath = "node_modules/axe-core/axe.min.js";

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document);
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`calculator, compare and German views have no violations (${scheme})`, async ({ page }) => {
    // axe walks the whole page four times; with the months ahead and the uncertainty panel it is larger.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const calc = new CalculatorPage(page);
    await calc.goto();
    expect(await violations(page)).toEqual([]);

    // With messages on screen and an invalid value.
    await calc.set("workload", "replies_per_ticket", "0");
    await calc.byTestId("scenario-duplicate").click();
    await calc.byTestId("scenario-delete").click();
    await calc.shareLink();
    expect(await violations(page)).toEqual([]);

    await calc.byTestId("scenario-duplicate").click();
    await calc.byTestId("view-compare").click();
    await expect(calc.byTestId("compare-chart")).toHaveAttribute("data-drawn", /\d+/);
    expect(await violations(page)).toEqual([]);

    await calc.byTestId("language").selectOption("de");
    expect(await violations(page)).toEqual([]);
    await calc.byTestId("view-calculator").click();
    // The calculator comes back in parts; the platform panel is the last of them.
    await expect(calc.input("platform", "setup_fee")).toBeAttached();
    expect(await violations(page)).toEqual([]);
  });
}
