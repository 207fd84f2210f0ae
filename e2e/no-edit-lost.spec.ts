// No edit is ever lost: a first visit's first change is stored before the next frame, so a reload, a
// closed tab or a second tab right after it finds it. Each trial is a new visitor (a fresh context, empty
// storage): one edit, then the action after 0 to 500 ms, as a person might, at normal CPU and slowed
// 4x. The test never waits for the save itself: that is what a person does not do.
import { type Browser, type Page } from "@playwright/test";
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

const DELAYS = [0, 20, 50, 100, 250, 500];
const ACTIONS = ["reload", "close the tab", "open a second tab"] as const;
type Action = (typeof ACTIONS)[number];

async function slowDown(page: Page, rate: number) {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** What a person sees once the page has loaded: the field they edit. Slowed 4x on a busy two-core
 *  host the rest of the page may still be coming in (src/ui/later.rs); a person does not wait for it. */
async function tickets(calc: CalculatorPage): Promise<string> {
  const field = calc.input("workload", "tickets_per_month");
  await expect(field).toBeVisible({ timeout: 30_000 });
  return field.inputValue();
}

/** One trial: a first visit edits tickets per month, then `action` after `delay` ms. Returns the value
 *  the page shows afterwards. */
async function trial(browser: Browser, action: Action, delay: number, rate: number, typed: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const first = new CalculatorPage(await context.newPage());
    await slowDown(first.page, rate);
    await first.page.goto("./");
    await tickets(first);
    await first.set("workload", "tickets_per_month", typed);
    if (delay > 0) await first.page.waitForTimeout(delay);
    if (action === "reload") {
      await first.page.reload();
      return await tickets(first);
    }
    if (action === "close the tab") await first.page.close();
    const after = new CalculatorPage(await context.newPage());
    await after.page.goto("./");
    return await tickets(after);
  } finally {
    await context.close();
  }
}

for (const rate of [1, 4]) {
  for (const action of ACTIONS) {
    test(`a first visit's edit survives "${action}" at once or soon after, CPU ${rate}x`, async ({ browser }) => {
      test.setTimeout(120_000);
      const lost: string[] = [];
      for (const [i, delay] of DELAYS.entries()) {
        const typed = String(1234 + i);
        const shown = await trial(browser, action, delay, rate, typed);
        const expected = Number(typed).toLocaleString("en-US");
        if (shown !== expected) lost.push(`after ${delay} ms: ${shown} instead of ${expected}`);
      }
      expect(lost).toEqual([]);
    });
  }
}
