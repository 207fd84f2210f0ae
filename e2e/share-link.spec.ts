// A consultant sends a link; the client opens it in their own browser.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

test("a share link opened in a fresh browser shows the same figures", async ({ page, browser, calc }) => {
  await calc.goto();
  await calc.rename("Acme support plan");
  await calc.set("workload", "tickets_per_month", "640");
  await calc.set("contractor", "hourly_rate", "32");
  const costs = await Promise.all((["diy", "employee", "contractor", "platform"] as const).map((o) => calc.costText(o)));
  const link = await calc.shareLink();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const client = new CalculatorPage(await fresh.newPage());
  await client.page.goto(link);
  await expect(client.byTestId("scenario-name")).toHaveValue("Acme support plan");
  const seen = await Promise.all((["diy", "employee", "contractor", "platform"] as const).map((o) => client.costText(o)));
  expect(seen).toEqual(costs);
  await expect(client.notices()).toContainText("Opened the shared scenario “Acme support plan”");
  // The link is saved as a new scenario next to the client's own, and the address no longer carries it.
  expect(await client.scenarioNames()).toEqual(["Example plugin shop", "Acme support plan"]);
  expect(new URL(client.page.url()).hash).toBe("");
  await client.page.reload();
  await expect(client.cost("diy")).not.toBeEmpty();
  expect(await client.scenarioNames()).toEqual(["Example plugin shop", "Acme support plan"]);
  await fresh.close();
});

test("a damaged link is explained and changes nothing", async ({ page, calc }) => {
  await calc.goto();
  await calc.rename("Mine");
  await calc.set("workload", "tickets_per_month", "333");
  for (const [fragment, says] of [
    ["#s=%%%", "not valid base64url"],
    ["#s=eyJ2ZXJzaW9uIjo5fQ", "version: 9 was made by a newer version of this app"],
    ["#s=eyJ2ZXJzaW9uIjoxLCJ3b3JrbG9hZCI6eyJ0aWNrZXRzX3Blcl9tb250aCI6LTF9fQ", "workload.tickets_per_month"],
  ]) {
    await page.goto(`/${fragment}`);
    await expect(calc.cost("diy")).not.toBeEmpty();
    await expect(calc.notices().last()).toContainText("This link could not be opened");
    await expect(calc.notices().last()).toContainText(says);
    expect(await calc.scenarioNames()).toEqual(["Mine"]);
    await expect(calc.input("workload", "tickets_per_month")).toHaveValue("333");
  }
});
