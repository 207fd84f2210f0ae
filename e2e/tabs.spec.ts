// Nothing lost between tabs or after a full storage (issue 40): two tabs editing one scenario keep every
// field's last edit, the other tab's notices stay calm, and a save refused for lack of room is made as
// soon as there is room again, without a reload.
import { type Page } from "@playwright/test";
import { CalculatorPage, OPTIONS, expect, test } from "./fixtures/calculator-page";

test("two tabs editing different fields of one scenario in fast alternation keep both last values", async ({ context }) => {
  const a = await CalculatorPage.open(context);
  await a.rename("Shared");
  const b = await CalculatorPage.open(context);
  await expect(b.byTestId("scenario-name")).toHaveValue("Shared");
  // Each pair of edits at the same moment, before either tab has heard of the other's.
  for (let i = 1; i <= 30; i++) {
    await Promise.all([
      a.set("workload", "tickets_per_month", String(300 + i)),
      b.set("workload", "minutes_per_reply", String(5 + i)),
    ]);
  }
  for (const tab of [a, b]) {
    await expect(tab.input("workload", "tickets_per_month")).toHaveValue("330");
    await expect(tab.input("workload", "minutes_per_reply")).toHaveValue("35");
  }
  // And what is stored holds both.
  await a.page.reload();
  await expect(a.cost("diy")).not.toBeEmpty();
  await expect(a.input("workload", "tickets_per_month")).toHaveValue("330");
  await expect(a.input("workload", "minutes_per_reply")).toHaveValue("35");
});

test("a name typed in one tab is one notice in the other, not one per keystroke", async ({ context }) => {
  const a = await CalculatorPage.open(context);
  await a.rename("Client");
  const b = await CalculatorPage.open(context);
  await a.byTestId("scenario-name").pressSequentially(" of the month, Q3", { delay: 5 });
  await expect(b.byTestId("scenario-name")).toHaveValue("Client of the month, Q3");
  await expect(b.notices()).toHaveCount(1);
  await expect(b.notices()).toContainText("changed in another tab");
  // The verdict and the cards stay uncovered.
  const notice = await b.notices().first().boundingBox();
  for (const covered of [b.byTestId("cheapest"), ...OPTIONS.map((id) => b.byTestId(`card-${id}`))]) {
    const box = await covered.boundingBox();
    const overlaps =
      !!notice && !!box &&
      notice.x < box.x + box.width && box.x < notice.x + notice.width &&
      notice.y < box.y + box.height && box.y < notice.y + notice.height;
    expect(overlaps).toBe(false);
  }
});

/** Fills this origin's storage until almost nothing more fits; returns the keys it wrote. */
async function fillStorage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys: string[] = [];
    for (const size of [1 << 20, 1 << 18, 1 << 16, 1 << 14, 1 << 12, 1 << 10, 1 << 8, 1 << 6, 1 << 4, 1]) {
      const chunk = "x".repeat(size);
      for (;;) {
        const key = `filler-${keys.length}`;
        try {
          localStorage.setItem(key, chunk);
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  });
}

test("a full storage that is freed saves again without a reload", async ({ context }) => {
  const a = await CalculatorPage.open(context);
  await a.rename("A");
  expect(await a.storedLibrary()).toContain('"name":"A"');
  const b = await CalculatorPage.open(context);
  const filler = await fillStorage(b.page);
  expect(filler.length).toBeGreaterThan(0);
  // Each tab sees the other's writes a moment later: the first tab now sees a full storage too.
  await expect.poll(() => a.page.evaluate(() => localStorage.length)).toBeGreaterThan(filler.length);

  // A change that needs more room than is left: it stays in the tab, and the page says what a reload
  // would do.
  const name = "After the storage filled up, a name long enough to need more room than is left".slice(0, 80);
  await a.rename(name);
  const notice = a.notices().filter({ hasText: "could not be saved" });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("a reload or closing the tab now would lose them");
  expect(await a.storedLibrary()).not.toContain(name);
  // A second refused change says so once.
  await a.set("workload", "tickets_per_month", "444");
  await expect(a.notices().filter({ hasText: "could not be saved" })).toHaveCount(1);

  // Another tab frees room: the first saves at once, with nothing more typed, and says so.
  await b.page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), filler);
  await expect.poll(() => a.storedLibrary()).toContain(name);
  expect(await a.storedLibrary()).toContain('"tickets_per_month":444');
  await expect(a.notices().filter({ hasText: "Saved again" })).toHaveCount(1);
  await expect(a.notices().filter({ hasText: "could not be saved" })).toHaveCount(0);
  await a.page.reload();
  await expect(a.byTestId("scenario-name")).toHaveValue(name);
});

test("backups of unreadable values never stop saving: bounded, and what does not fit is offered as a file", async ({ context }) => {
  const a = await CalculatorPage.open(context);
  await a.rename("Mine");
  const other = await CalculatorPage.open(context);
  const backups = () =>
    a.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("support-calc.backup."))
        .map((k) => localStorage.getItem(k)!.length),
    );
  // Another tab leaves three large unreadable values, one after another; each is kept aside before it
  // is written over, the oldest backups going to make room, and every change is saved.
  for (const [i, fill] of ["a", "b", "c"].entries()) {
    await other.page.evaluate((v) => localStorage.setItem("support-calc.scenarios", v), `not json ${fill.repeat(1_600_000)}`);
    await a.set("workload", "tickets_per_month", String(500 + i));
    await expect.poll(() => a.storedLibrary()).toContain(`"tickets_per_month":${500 + i}`);
    // Kept aside whichever write reached storage last: the other tab's event carries the value.
    await expect.poll(async () => (await backups()).length).toBeGreaterThan(0);
    const sizes = await backups();
    expect(sizes.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(2_000_000);
  }
  // One too large to keep aside at all: the change is saved, and the value is offered as a file.
  await other.page.evaluate(() => localStorage.setItem("support-calc.scenarios", `not json ${"d".repeat(2_100_000)}`));
  await a.set("workload", "tickets_per_month", "777");
  await expect.poll(() => a.storedLibrary()).toContain('"tickets_per_month":777');
  const offer = a.notices().filter({ hasText: "could not be read" });
  await expect(offer).toHaveCount(1);
  const [file] = await Promise.all([a.page.waitForEvent("download"), a.byTestId("download-not-kept").click()]);
  expect(file.suggestedFilename()).toBe("support-calc-unreadable-data.txt");
});
