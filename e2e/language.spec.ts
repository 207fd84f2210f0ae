// The whole interface in German, remembered; German browsers get it on their first visit.
import { expect, test } from "./fixtures/calculator-page";

test("switching to German translates the page and formats numbers the German way", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("language").selectOption("de");
  await expect(calc.byTestId("cheapest")).toHaveText(
    "Bei 300 Tickets im Monat ist die Plattform am günstigsten: 5.089 $ im Monat, 2.261 $ weniger als Selbermachen.",
  );
  await expect(calc.cost("contractor")).toHaveText("5.283 $");
  await expect(calc.byTestId("break-even-list")).toContainText(
    "Ab 31 Tickets pro Monat ist die Plattform günstiger als Selbermachen.",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // No English left in the visible text of the main views.
  const body = await page.locator("body").innerText();
  for (const english of ["Tickets per month", "Replies per ticket", "Do it yourself", "in the comparison", "Monthly cost", "cheapest", "Where the answer changes", "Export all"]) {
    expect(body).not.toContain(english);
  }
  await page.screenshot({ path: "e2e/artifacts/german.png", fullPage: true });
  await page.reload();
  await expect(calc.byTestId("language")).toHaveValue("de");
  // Problems are explained in German too.
  await page.goto("/#s=%%%");
  await expect(calc.notices().last()).toHaveText(
    /Dieser Link konnte nicht geöffnet werden: der Link ist beschädigt: seine Daten sind kein gültiges base64url\. Ihre gespeicherten Szenarien sind unverändert\./,
  );
  await calc.set("workload", "replies_per_ticket", "0");
  await expect(calc.byTestId("panel-workload").getByRole("alert")).toHaveText(
    "Antworten pro Ticket muss zwischen 0,1 und 50 liegen.",
  );
});

test.describe("with a German browser", () => {
  test.use({ locale: "de-DE" });
  test("the first visit is in German", async ({ page, calc }) => {
    await calc.goto();
    await expect(calc.byTestId("language")).toHaveValue("de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support-Kostenrechner");
  });
});

test("a euro scenario shows euros", async ({ page, calc }) => {
  await calc.goto();
  await calc.byTestId("currency").selectOption("EUR");
  await expect(calc.cost("diy")).toHaveText("€7,350");
  await calc.byTestId("currency").selectOption("JPY");
  await expect(calc.byTestId("card-diy")).toContainText("¥25 per ticket");
});
