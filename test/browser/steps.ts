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
