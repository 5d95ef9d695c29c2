import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../../src/identity/identity.tables.ts";
import { openDatabase } from "../../src/platform/db/database.ts";
import { migrate } from "../../src/platform/db/migrate.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { replyToTicket } from "../../src/tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../src/tickets/ticket/create-ticket.ts";
import { updateTicket } from "../../src/tickets/ticket/update-ticket.ts";
import { ADMIN, BROWSER_TEST_TIMEOUT, EMPLOYEE, runAxe, screenshot, signIn, useFrontline } from "../support/browser.ts";
import { testDeps } from "../support/db.ts";
import { actorFor, ticketInput } from "../support/factories.ts";

// A manager signs in to the dashboard of last month's figures and drills from a figure to a ticket. The server runs
// on a data directory seeded beforehand with a known history in last month (the server's own clock is the real one).

const MANAGER = "manager@frontline.example";
const SUBJECT = "Dashboard test: the label printer jams on every job";
const DAY = 86_400_000;

/** A Tuesday of last month at 10:00 in Karachi (05:00Z), inside the support hours of the default SLA calendar. */
function lastMonthTuesday(now: Date): Date {
  const eighth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 8, 5);
  const toTuesday = (2 - new Date(eighth).getUTCDay() + 7) % 7;
  return new Date(eighth + toTuesday * DAY);
}

const dataDir = mkdtempSync(path.join(tmpdir(), "frontline-dashboard-"));
const seededAt = lastMonthTuesday(new Date());
let seeded: { number: number } | undefined;

// Registered before useFrontline's, so it runs first: the server opens the history written here.
beforeAll(async () => {
  const database = await openDatabase({ engine: "pglite", dataDir });
  try {
    await migrate(database);
    const deps = testDeps(database);
    deps.clock.set(seededAt);
    await ensureSlaDefaults(deps);
    await seedDemo(deps);
    const person = async (email: string) =>
      actorFor((await deps.db.select().from(people).where(eq(people.email, email)))[0]!);
    const employee = await person(EMPLOYEE);
    const admin = await person(ADMIN);
    const ticket = await createTicket(deps, employee, ticketInput({ subject: SUBJECT }));
    deps.clock.advance(20 * 60_000);
    const current = await replyToTicket(deps, admin, ticket.id, { body: "Cleaned the rollers; please try a print." });
    deps.clock.advance(40 * 60_000);
    await updateTicket(deps, admin, ticket.id, { version: current.version, status: "resolved" });
    seeded = { number: ticket.number };
  } finally {
    await database.close();
  }
}, 180_000);

const frontline = useFrontline({ DATA_DIR: dataDir });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the manager dashboard", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("opens on last month's six indicators with their definitions and drills from a figure to a ticket", async () => {
    const page = await frontline.page();
    await page.goto("/sign-in");
    await signIn(page, MANAGER);
    await page.waitForURL((url) => url.pathname === "/reports");
    await page.getByRole("heading", { level: 1, name: "Service dashboard" }).waitFor();

    // Last month, beside the month before it.
    const month = seededAt.toLocaleString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
    await page.getByText(new RegExp(`^1 ${month} to .*, compared with`)).waitFor();
    for (const name of [
      "Response time",
      "Resolution time",
      "SLA compliance",
      "First-contact resolution",
      "Tickets resolved",
      "Escalations",
      "Customer satisfaction",
    ]) {
      const section = page.getByRole("region", { name, exact: true });
      await section.getByText("Definition:").waitFor();
    }
    await screenshot(page, "manager-dashboard", { docs: true });
    await runAxe(page, "the dashboard");

    // The resolved ticket is in last month's table, which downloads as the same rows.
    const resolved = page.getByRole("region", { name: "Tickets resolved", exact: true });
    const row = resolved.getByRole("row").filter({ hasText: SUBJECT });
    await row.waitFor();
    const xlsxLink = resolved.getByRole("link", { name: "Download Resolved tickets as XLSX" });
    const download = await page.request.get(await xlsxLink.getAttribute("href").then((h) => h!));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download.body()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Resolved tickets")!;
    const numbers = sheet.getColumn(1).values.slice(2);
    const onScreen = await resolved
      .getByRole("table", { name: "Resolved tickets" })
      .locator("tbody tr td:first-child")
      .allInnerTexts();
    expect(numbers.map((n) => `#${String(n)}`)).toEqual(onScreen);
    expect(numbers).toContain(seeded!.number);

    // From the count of resolved tickets to the list behind it, then to the ticket and its clock timeline.
    await resolved.getByRole("link", { name: "See the tickets: Resolved" }).click();
    await page.getByRole("heading", { level: 1, name: "Tickets behind a figure: Resolved" }).waitFor();
    const listed = page.getByRole("row").filter({ hasText: SUBJECT });
    await listed.getByRole("link", { name: `Clock timeline of ticket #${seeded!.number}` }).waitFor();
    await listed.getByRole("link", { name: `#${seeded!.number}`, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
    await page.getByRole("heading", { name: "Service level" }).waitFor();
    const trouble = frontline.trouble(page);
    expect(trouble.pageErrors).toEqual([]);
    expect(trouble.cspViolations).toEqual([]);
  });
});
