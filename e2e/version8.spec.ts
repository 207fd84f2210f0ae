// The founder's own numbers (issue 39, SPEC 8, format version 8): a helpdesk export read in the page,
// shown, and only on confirmation stored and applied.
import { CalculatorPage, expect, test } from "./fixtures/calculator-page";

/** A Zendesk export: January from the 10th (partial), February to April whole (40, 44, 49 tickets),
 *  May to the 3rd (partial), and two rows without a readable date. Replies alternate 2 and 3. */
function zendesk(): string {
  const rows = ["Id,Requester,Subject,Created at,Replies,First reply time in minutes"];
  let id = 0;
  const ticket = (date: string, replies: number, minutes: number, subject = "Help") =>
    rows.push(`${++id},Customer ${id},"${subject.replace(/"/g, "\"\"")}",${date} 10:00:00 UTC,${replies},${minutes}`);
  for (let d = 10; d <= 19; d++) ticket(`2026-01-${d}`, 1, 30);
  for (const [month, n, days] of [["02", 40, 28], ["03", 44, 31], ["04", 49, 30]] as const) {
    for (let i = 0; i < n; i++) {
      const day = 1 + Math.floor((i * (days - 1)) / (n - 1));
      ticket(`2026-${month}-${String(day).padStart(2, "0")}`, 2 + (i % 2), 60, "Refund, \"please\"\nthanks");
    }
  }
  ticket("2026-05-03", 4, 120);
  rows.push(`${++id},Someone,Hi,not a date,1,1`);
  rows.push(`${++id},Someone,Hi,,1,1`);
  return rows.join("\r\n") + "\r\n";
}

function file(name: string, text: string | Buffer, mimeType = "text/csv") {
  return { name, mimeType, buffer: typeof text === "string" ? Buffer.from(text) : text };
}

test("an export is read, shown, and applied only when confirmed; the months travel with the scenario", async ({ page, browser, calc }) => {
  await calc.goto();
  await expect(calc.byTestId("import-history-button")).toBeVisible();
  await expect(page.getByText("Never uploaded: only the monthly figures are kept.")).toBeVisible();
  await calc.byTestId("import-history").setInputFiles(file("zendesk-tickets.csv", zendesk()));

  const table = calc.byTestId("history-table");
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.locator("tbody tr").nth(0)).toContainText("Jan 2026");
  await expect(table.locator("tbody tr").nth(0)).toContainText("partial");
  await expect(table.locator("tbody tr").nth(3)).toHaveText(/Apr 2026\s*49\s*2\.49\s*1\.0\s*$/);
  const summary = calc.byTestId("history-summary");
  await expect(summary).toContainText("144 tickets read, one row each: 5 months from 2026-01 to 2026-05, 2 of them partial.");
  await expect(summary).toContainText("2 of 146 rows had no readable date and were left out (the first: row 146, column “Created at”: “not a date”).");
  await expect(calc.byTestId("history-columns")).toHaveText(
    "Columns read: date “Created at”, replies “Replies”, first reply “First reply time in minutes” (in minutes).",
  );
  await expect(calc.byTestId("history-chart")).toHaveAttribute("data-drawn", /\d+/);
  await expect(calc.byTestId("history-sets")).toContainText("Tickets per month: 300 → 44, the mean of Feb 2026, Mar 2026 and Apr 2026.");
  await expect(calc.byTestId("history-sets")).toContainText("Ticket growth a month: 3% → 10.7%, fitted over 3 complete months.");
  // Nothing has changed yet.
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("300");
  expect((await calc.storedLibrary()) ?? "").not.toContain("2026-02");

  await calc.byTestId("history-apply").click();
  await expect(calc.byTestId("history-preview")).toHaveCount(0);
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("44");
  await expect(calc.input("workload", "replies_per_ticket")).toHaveValue("2.4966");
  await expect(calc.input("projection", "monthly_growth")).toHaveValue("10.6797");
  await expect(calc.notices()).toContainText("5 months from your helpdesk are in the scenario: tickets per month 44");
  await expect(calc.byTestId("history-stored")).toContainText(
    "5 months read from your helpdesk, Jan 2026 to May 2026 (2 partial); the last 3 complete months had 40, 44 and 49 tickets.",
  );

  // The months ahead start after May 2026 and draw the months before them.
  await expect(calc.byTestId("projection-history-chart")).toHaveAttribute("data-drawn", /\d+/);
  await calc.byTestId("projection").getByText("Month by month, as a table").click();
  await expect(calc.byTestId("projection-table").locator("tbody tr").first().locator("th")).toHaveText("1 · Jun 2026");

  // Stored: after a reload, in the file (version 8), the CSV and the printout, and through a link.
  await page.reload();
  await expect(calc.byTestId("history-stored")).toContainText("5 months read from your helpdesk");
  const saved = JSON.parse((await calc.download("export-json")).text);
  expect(saved.version).toBe(8);
  expect(saved.history).toHaveLength(5);
  expect(saved.history[1]).toEqual({ month: "2026-02", tickets: 40, replies_per_ticket: 2.5, first_reply_hours: 1, partial: false });
  expect(JSON.stringify(saved)).not.toContain("Customer");
  const csv = (await calc.download("export-csv")).text;
  expect(csv).toContain("Your helpdesk's months\r\nMonth,Tickets,Replies per ticket,");
  expect(csv).toContain("2026-01,10,1,0.5,partial");
  await page.emulateMedia({ media: "print" });
  await expect(calc.byTestId("print-history")).toContainText("Tickets: Jan 2026 10 (partial) · Feb 2026 40 · Mar 2026 44 · Apr 2026 49 · May 2026 1 (partial).");
  await page.emulateMedia({ media: "screen" });
  const link = await calc.shareLink();
  const fresh = await browser.newContext();
  const other = new CalculatorPage(await fresh.newPage());
  await other.goto(link);
  await expect(other.byTestId("history-stored")).toContainText("5 months read from your helpdesk");
  await fresh.close();

  // Removing the months leaves the numbers.
  await calc.byTestId("history-remove").click();
  await expect(calc.byTestId("history-stored")).toHaveCount(0);
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("44");
});

test("a file that cannot be read says why and changes nothing; columns can be chosen", async ({ calc }) => {
  await calc.goto();
  const input = calc.byTestId("import-history");
  await input.setInputFiles(file("tickets.xlsx", Buffer.from("PK\u0003\u0004 a workbook"), "application/octet-stream"));
  await expect(calc.byTestId("history-error")).toHaveText(
    "This file is an Excel workbook, not CSV. Open it and save it as CSV, or export CSV from your helpdesk.",
  );
  await input.setInputFiles(file("dates.csv", "Created at,Replies\nyesterday,2\n2026-02-30,1\n"));
  await expect(calc.byTestId("history-error")).toContainText(
    "None of the 2 rows of this file could be read. The first that could not be read: row 2, column “Created at”: “yesterday”.",
  );
  // No date column known: the user picks it.
  await input.setInputFiles(file("odd.csv", "Opened;Answers\n01.03.2026;2\n31.03.2026;4\n"));
  await expect(calc.byTestId("history-error")).toContainText("No column of this file is a creation date the calculator knows");
  await calc.byTestId("history-col-date").selectOption({ label: "Opened" });
  await calc.byTestId("history-col-replies").selectOption({ label: "Answers" });
  await calc.byTestId("history-read-columns").click();
  await expect(calc.byTestId("history-table").locator("tbody tr")).toHaveCount(1);
  await expect(calc.byTestId("history-table")).toContainText("Mar 2026");
  await calc.byTestId("history-cancel").click();
  await expect(calc.byTestId("history-preview")).toHaveCount(0);
  await expect(calc.byTestId("history-stored")).toHaveCount(0);
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("300");
  await expect(calc.input("workload", "replies_per_ticket")).toHaveValue("2.5");
});

test("dates that read either way round are asked about, in UTF-16 with a byte-order mark", async ({ calc }) => {
  await calc.goto();
  const text = "Created at\tReplies\n03/04/2026\t2\n05/04/2026\t4\n";
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  await calc.byTestId("import-history").setInputFiles(file("export.tsv", utf16, "text/tab-separated-values"));
  await expect(calc.byTestId("history-order")).toBeVisible();
  await expect(calc.byTestId("history-apply")).toBeDisabled();
  await expect(calc.byTestId("history-table")).toHaveCount(0);
  await calc.byTestId("history-order-month").check();
  await expect(calc.byTestId("history-table").locator("tbody tr")).toHaveCount(3);
  await calc.byTestId("history-order-day").check();
  await expect(calc.byTestId("history-table").locator("tbody tr")).toHaveCount(1);
  await expect(calc.byTestId("history-table")).toContainText("Apr 2026");
  await expect(calc.byTestId("history-apply")).toBeEnabled();
  await expect(calc.byTestId("history-sets")).toContainText("Tickets per month stay 300: the export holds no complete month.");
});

test("one row per month in German: the words and numbers are the page's", async ({ calc, page }) => {
  await calc.goto();
  await page.getByTestId("language").selectOption("de");
  const text = "Monat;Tickets;Antworten pro Ticket\n2026-01;200;2,0\n2026-02;220;\n2026-03;242;3,0\n2026-04;266;2,5\n";
  await calc.byTestId("import-history").setInputFiles(file("monate.csv", text));
  await expect(calc.byTestId("history-summary")).toContainText("4 Zeilen gelesen, eine je Monat: 4 Monate von 2026-01 bis 2026-04.");
  await expect(calc.byTestId("history-sets")).toContainText("Tickets pro Monat: 300 → 243, der Mittelwert von Feb 2026, Mär 2026 und Apr 2026.");
  await calc.byTestId("history-apply").click();
  await expect(calc.input("workload", "tickets_per_month")).toHaveValue("243");
  await expect(calc.input("workload", "replies_per_ticket")).toHaveValue("2,75");
});
