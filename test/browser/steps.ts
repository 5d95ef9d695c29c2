import type { Locator, Page } from "playwright-core";

// Steps and shapes the browser tests share (kept here so each test reads as the story it tells).

export type Ticket = { id: string; number: number; subject: string; priority: string; status: string; type: string };

/** Links naming a ticket number ("#10013", possibly followed by the subject); any ticket number when none is given. */
export function numberLink(scope: Page | Locator, number?: number): Locator {
  return scope.getByRole("link", { name: number === undefined ? /#\d+/ : new RegExp(`#${number}(?!\\d)`) });
}

/** Chooses "Reply" (not an internal note) in the ticket's editor, types the message and sends it. */
export async function replyTo(page: Page, text: string): Promise<void> {
  await page.getByRole("radio", { name: "Reply", exact: true }).check();
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send reply", exact: true }).click();
}

type PublishedCalendar = {
  timeZone: string;
  alwaysOpen: boolean;
  weekly: Array<{ day: number; ranges: Array<{ start: string; end: string }> }>;
  holidays: Array<{ date: string }>;
};

/**
 * The next days (from tomorrow, in Asia/Karachi) on which the published support hours are open (not a weekend,
 * not a holiday), and the first one that is closed: what the consultation form accepts and refuses.
 */
export async function supportDays(base: string): Promise<{ open: string; closed: string }> {
  const sla = (await (await fetch(`${base}/api/v1/public/sla`)).json()) as { calendars: PublishedCalendar[] };
  const calendar = sla.calendars.find((c) => !c.alwaysOpen);
  if (!calendar) throw new Error("the published SLA has no support-hours calendar");
  const holidays = new Set(calendar.holidays.map((h) => h.date));
  let open: string | undefined;
  let closed: string | undefined;
  for (let i = 1; i < 30 && !(open && closed); i++) {
    const date = new Date(Date.now() + i * 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 10);
    const isoDay = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const isOpen = !holidays.has(date) && (calendar.weekly.find((d) => d.day === isoDay)?.ranges.length ?? 0) > 0;
    if (isOpen) open ??= date;
    else closed ??= date;
  }
  if (!open || !closed) throw new Error("no open and closed support day in the next 30 days");
  return { open, closed };
}

/** Ticks the queue's checkbox of each ticket number, waiting for each row to be there. */
export async function selectTickets(page: Page, numbers: number[]): Promise<void> {
  for (const number of numbers) {
    const box = page.getByRole("checkbox", { name: `Select ticket #${number}`, exact: true });
    await box.waitFor();
    await box.check();
  }
  await page.getByRole("heading", { level: 2, name: `${numbers.length} tickets selected` }).waitFor();
}

/**
 * The words of the bulk action's result panel once the server answered ("Done: 2 changed, 0 failed." and failures);
 * the panel is then closed, so the next action's result cannot be mistaken for this one.
 */
export async function bulkResult(page: Page): Promise<string> {
  const panel = page.locator(".bulk-results");
  await panel.getByText(/^Done: /).waitFor();
  const words = (await panel.innerText()).replace(/\s+/g, " ");
  await panel.getByRole("button", { name: "Close", exact: true }).click();
  await panel.waitFor({ state: "detached" });
  return words;
}
