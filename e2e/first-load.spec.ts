// The first load has a ceiling (scripts/sizes.mjs): every build that `make test` checks stays under it.
// Below it, bytes shape no code; the bench prints the figures.
import { FIRST_LOAD_CEILING, firstLoadSizes, recordRequests } from "../scripts/sizes.mjs";
import { expect, test } from "./fixtures/calculator-page";

// A first visit: nothing installed, every file from the network.
test.use({ serviceWorkers: "block" });

test("a first visit downloads at most 300 KB with brotli until its chart is drawn", async ({ page, calc, baseURL }) => {
  const paths = recordRequests(page, new URL(baseURL!).origin);
  await calc.goto("./", { firstVisit: true });
  await page.waitForLoadState("networkidle");
  const { total } = firstLoadSizes(process.env.E2E_DIST ?? "dist", paths);
  expect(paths).toContain("/index.html");
  expect(paths.some((p) => p.endsWith("_bg.wasm"))).toBe(true);
  expect(total.brotli).toBeLessThanOrEqual(FIRST_LOAD_CEILING);
});
