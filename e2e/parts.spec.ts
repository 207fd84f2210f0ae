// The parts of the page a new visitor does not see at first (the split points of src/ui, src/ui/split.rs)
// are downloaded when they are first shown: not with the page, then at once when asked for, from the service worker's cache offline,
// and a part that cannot be downloaded says so and can be tried again.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Page } from "@playwright/test";
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

/** The names of the parts the page has requested so far (part-NAME-HASH.wasm). */
function partsRequested(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const match = new URL(request.url()).pathname.match(/\/part-(.+)-[0-9a-f]{16}\.wasm$/);
    if (match) seen.push(match[1]);
  });
  return seen;
}

test("the first load leaves out the parts not shown, each comes when first shown", async ({ page }) => {
  const seen = partsRequested(page);
  const calc = new CalculatorPage(page);
  // A first visit: the panels that are closed (src/ui/panels.rs) are parts too.
  await calc.goto("./", { firstVisit: true });
  await page.waitForLoadState("networkidle");
  expect(seen).toEqual([]);

  await calc.byTestId("view-staffing").click();
  await expect(calc.byTestId("staffing-answer")).toContainText(/agents/);
  expect(seen).toContain("staffing_view");

  await calc.byTestId("view-compare").click();
  await expect(page.getByText("Pick two to four saved scenarios.")).toBeVisible();
  expect(seen).toContain("compare_view");

  await calc.byTestId("view-calculator").click();
  await page.locator("details.chart-data summary").click();
  await expect(calc.byTestId("chart-table").locator("tbody tr").first()).toBeVisible();
  expect(seen).toContain("chart_figures");

  await calc.openPanel("ai");
  await expect(calc.byTestId("input-ai-enabled")).toBeVisible();
  expect(seen).toContain("ai_panel");
  await calc.byTestId("input-ai-enabled").check();
  await expect(calc.byTestId("ai-workload")).toBeVisible();
  expect(seen).toContain("ai_at_work");

  for (const [panel, part] of [["coverage", "coverage_panel"], ["channels", "channels_panel"], ["value", "value_panel"], ["projection", "projection_panel"]]) {
    await calc.openPanel(panel);
    await expect(calc.byTestId(`panel-${panel}`).locator(".panel-body .fields").first()).toBeVisible();
    expect(seen).toContain(part);
  }
  await calc.openPanel("uncertainty");
  await expect(calc.byTestId("input-uncertainty-enabled")).toBeVisible();
  expect(seen).toContain("uncertainty_panel");
  await calc.byTestId("input-uncertainty-enabled").check();
  await expect(calc.byTestId("p-cheapest-platform")).toContainText("%");
  expect(seen).toContain("uncertainty_results");

  await calc.byTestId("preset").selectOption({ index: 1 });
  await expect(calc.byTestId("scenario-picker").locator("option")).toHaveCount(2);
  expect(seen).toContain("example");

  // Each part is downloaded once: showing one again uses the code already there.
  const count = seen.length;
  await calc.byTestId("view-compare").click();
  await expect(page.getByText("Pick two to four saved scenarios.")).toBeVisible();
  await calc.byTestId("view-calculator").click();
  await expect(calc.cost("platform")).not.toBeEmpty();
  expect(seen.length).toBe(count);
});

test("a part that cannot be downloaded says so, the page keeps working, and it can be tried again", async ({ page, calc }) => {
  await calc.goto();
  await page.route(/\/part-staffing_view-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
  await calc.byTestId("view-staffing").click();
  const error = calc.byTestId("part-error");
  await expect(error).toContainText("could not be downloaded");
  await expect(page.locator("#panic-banner")).toBeHidden();

  // The rest of the page still answers.
  await calc.byTestId("view-calculator").click();
  await calc.set("workload", "tickets_per_month", "300");
  await expect(calc.cost("platform")).toHaveText("$5,089");

  // An export whose code cannot be downloaded is reported too, nothing is offered.
  await page.route(/\/part-file_action-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
  await calc.byTestId("export-csv").click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be downloaded" })).toBeVisible();

  // Shown again, it is tried again; once the network is back, "Try again" brings it.
  await calc.byTestId("view-staffing").click();
  await expect(error).toBeVisible();
  await page.unrouteAll();
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(calc.byTestId("staffing-answer")).toContainText(/agents/);
  await expect(error).toHaveCount(0);
});

test("after one visit the parts work offline", async ({ page, context, calc }) => {
  await calc.goto();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(calc.byTestId("chart")).toHaveAttribute("data-drawn", /\d+/);
  await calc.byTestId("view-staffing").click();
  await expect(calc.byTestId("staffing-answer")).toContainText(/agents/);
  await calc.byTestId("view-compare").click();
  await expect(page.getByText("Pick two to four saved scenarios.")).toBeVisible();
  const download = page.waitForEvent("download");
  await calc.byTestId("view-calculator").click();
  await calc.byTestId("export-csv").click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await context.setOffline(false);
});

test("a part that takes a moment to arrive says it is loading", async ({ page, calc }) => {
  await calc.goto();
  await page.route(/\/part-compare_view-[0-9a-f]+\.wasm$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await calc.byTestId("view-compare").click();
  await expect(calc.byTestId("part-loading")).toBeVisible();
  await expect(calc.byTestId("part-loading")).toHaveText("Loading…");
  await expect(page.getByText("Pick two to four saved scenarios.")).toBeVisible();
  await expect(calc.byTestId("part-loading")).toHaveCount(0);
});

test("a part whose content is not the build's is refused, not run", async ({ page }) => {
  const dist = process.env.E2E_DIST ?? "dist";
  const other = readdirSync(dist).find((name) => /^part-chart_figures-[0-9a-f]+\.wasm$/.test(name))!;
  const calc = new CalculatorPage(page);
  await calc.goto();
  // Another part's module (valid WebAssembly with the same imports) served in place of the staffing view's.
  await page.route(/\/part-staffing_view-[0-9a-f]+\.wasm$/, (route) =>
    route.fulfill({ status: 200, contentType: "application/wasm", body: readFileSync(join(dist, other)) }),
  );
  await calc.byTestId("view-staffing").click();
  await expect(calc.byTestId("part-error")).toBeVisible();
  await expect(page.locator("#panic-banner")).toBeHidden();
  await page.unrouteAll();
  await calc.byTestId("part-error").getByRole("button", { name: "Try again" }).click();
  await expect(calc.byTestId("staffing-answer")).toContainText(/agents/);
});

// What start-up reads before the page mounts: a link in the address and the saved scenarios.
test.describe("read at start-up", () => {
  // page.route sees no request a service worker answers from its cache.
  test.use({ serviceWorkers: "block" });

  test("a link is read by code downloaded for it: the page opens on it, or says why not and keeps it", async ({ page }) => {
    const seen = partsRequested(page);
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.rename("Mine");
    const link = await calc.shareLink();
    expect(seen).toContain("share_fragment");
    expect(seen).not.toContain("read_link");
    const fragment = new URL(link).hash;

    // The code that reads links cannot be downloaded: the saved scenario is shown, the link stays in the
    // address, and a reload once the network is back opens it.
    await page.route(/\/part-read_link-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.goto(`/${fragment}`);
    await expect(calc.notices().last()).toContainText("This link could not be opened now");
    expect(await calc.scenarioNames()).toEqual(["Mine"]);
    expect(new URL(page.url()).hash).toBe(fragment);
    await expect(page.locator("#panic-banner")).toBeHidden();
    await page.unrouteAll();
    await page.reload();
    await expect(calc.notices().last()).toContainText("a scenario you already have: “Mine”");
    expect(new URL(page.url()).hash).toBe("");

    // A link that arrives slowly: the page opens on it.
    await calc.rename("Other");
    await page.route(/\/part-read_link-[0-9a-f]+\.wasm$/, async (route) => {
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    await page.goto(`/${fragment}`);
    await expect(calc.notices().last()).toContainText("Opened the shared scenario “Mine”");
    await expect(calc.byTestId("scenario-name")).toHaveValue("Mine");
    expect(await calc.scenarioNames()).toEqual(["Other", "Mine"]);
    await page.unrouteAll();

    // A damaged link whose explanation cannot be downloaded is still refused, in short.
    await page.route(/\/part-startup_note-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.goto("/#s=%%%");
    await expect(calc.notices().last()).toContainText("This link could not be opened now");
    expect(await calc.scenarioNames()).toEqual(["Other", "Mine"]);
    await expect(page.locator("#panic-banner")).toBeHidden();
  });

  test("saving needs no part: a first visit's change is stored at once, a later visit opens and saves with every part unreachable", async ({ page, calc }) => {
    const seen = partsRequested(page);
    // A first visit has nothing to save until its first change.
    await calc.goto("./", { firstVisit: true });
    expect(await calc.storedLibrary()).toBeNull();
    await calc.rename("Mine");
    expect(await calc.storedLibrary()).toContain("Mine");
    expect(seen).toEqual([]);

    // Later visits: no part can be downloaded, yet the saved scenarios open and every edit is saved.
    await page.route(/\/part-[^/]+\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.reload();
    await expect(calc.byTestId("scenario-name")).toHaveValue("Mine");
    await calc.set("workload", "tickets_per_month", "900");
    expect(await calc.storedLibrary()).toContain('"tickets_per_month":900');
    await page.reload();
    await expect(calc.input("workload", "tickets_per_month")).toHaveValue("900");
    await expect(calc.notices()).toHaveCount(0);
    expect(seen).toEqual([]);
  });
});
