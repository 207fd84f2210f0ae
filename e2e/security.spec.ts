// Nothing leaves the browser: every request goes to the page's own origin, and the strict
// Content-Security-Policy is never violated during a full session.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("a full session stays on its own origin without a policy violation", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  const calc = new CalculatorPage(page);
  await calc.goto();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toMatch(/'unsafe-eval'/);

  // The main flow, touching every feature.
  await calc.set("workload", "tickets_per_month", "640");
  await calc.chooseAxis("replies_per_ticket");
  await calc.byTestId("add-plan").click();
  await calc.byTestId("scenario-duplicate").click();
  await calc.shareLink();
  await calc.download("export-all");
  await calc.download("export-csv");
  await Promise.all([page.waitForEvent("download"), calc.byTestId("export-png").click()]);
  await calc.byTestId("language").selectOption("de");
  await calc.byTestId("view-compare").click();
  await expect(calc.byTestId("compare-chart")).toHaveAttribute("data-drawn", /\d+/);
  await calc.byTestId("view-calculator").click();
  await page.emulateMedia({ media: "print" });
  await page.emulateMedia({ media: "screen" });
  await expect(calc.byTestId("chart")).toHaveAttribute("data-drawn", /\d+/);

  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(violations).toEqual([]);
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});
