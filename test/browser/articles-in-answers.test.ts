import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, runAxe, screenshot, useFrontline } from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// An agent answers with a knowledge base article: found in the reply box's picker beside the canned responses,
// inserted as a link to its public page, sent; the ticket then lists the article it was answered with.

const frontline = useFrontline();

const OUTLOOK = "Reset your Outlook password";

describe("articles in answers", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an agent picks an article in the reply box, inserts its link, sends the reply, and the ticket shows it", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Browser test: I forgot my Outlook password",
      description: "Outlook keeps asking for my password and I do not remember it.",
      type: "service_request",
      impact: "person",
      urgency: "medium",
    });

    const page = await frontline.pageAs(AGENT);
    await page.goto(`/console/tickets/${ticket.number}`);
    const linked = page.getByRole("region", { name: "Linked articles" });
    await linked.getByText("No article is linked to this ticket.").waitFor();

    await page.getByText("Canned responses and articles", { exact: true }).click();
    await page.getByLabel("Search canned responses and articles", { exact: true }).fill("outlook password");
    const articles = page.getByRole("region", { name: "Knowledge base articles" });
    await articles.getByText(OUTLOOK, { exact: true }).waitFor();
    await screenshot(page, "reply-box-articles");
    await runAxe(page, "the reply box with articles in its picker");
    await articles.getByRole("button", { name: `Insert link to “${OUTLOOK}”`, exact: true }).click();

    // The link to the article's public page is in the message, and the article is linked to the ticket at once.
    const message = page.getByLabel("Message", { exact: true });
    await expect.poll(() => message.inputValue()).toMatch(new RegExp(`^${OUTLOOK}: \\S*/kb/articles/[0-9a-f-]{36}$`));
    const articleLink = linked.getByRole("link", { name: OUTLOOK, exact: true });
    await articleLink.waitFor();
    const href = await articleLink.getAttribute("href");
    expect(href).toMatch(/^\/kb\/articles\/[0-9a-f-]{36}$/);
    expect(await message.inputValue()).toContain(href!);

    await page.getByRole("radio", { name: "Reply", exact: true }).check();
    await message.press("End");
    await message.pressSequentially("\nThese steps should get you back in.");
    await page.getByRole("button", { name: "Send reply", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Reply sent." }).waitFor();
    await page.getByText("These steps should get you back in.").first().waitFor();

    // After a reload the ticket still shows the article, and the requester sees the link on their ticket too.
    await page.reload();
    await page.getByRole("region", { name: "Linked articles" }).getByRole("link", { name: OUTLOOK }).waitFor();
    const mine = await employee.json<{ items: Array<{ title: string }> }>(
      "GET",
      `/api/v1/tickets/${ticket.id}/articles`,
    );
    expect(mine.items.map((a) => a.title)).toEqual([OUTLOOK]);
    const trouble = frontline.trouble(page);
    expect(trouble.pageErrors).toEqual([]);
    expect(trouble.cspViolations).toEqual([]);
  });
});
