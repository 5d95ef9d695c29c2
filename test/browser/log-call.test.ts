import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, screenshot, settle, useFrontline } from "../support/browser.ts";

// A call logged by an agent reads like the caller's request: their words, a call record, and the agent on it.

const frontline = useFrontline();

const WORDS = "Since this morning Outlook asks me for my password every five minutes, even after I type it correctly.";

describe("logging a call", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("opens a ticket whose request is what the caller said, with the call record and the agent as assignee", async () => {
    const page = await frontline.pageAs(AGENT);
    await page.goto("/console/calls/new");
    await page.getByLabel("Phone number", { exact: true }).fill("0300-1234567");
    await page.getByRole("button", { name: "Look up", exact: true }).click();
    await page.getByRole("radio", { name: /Omar Farooq/ }).check();
    await page.getByLabel("What the caller said", { exact: true }).fill(WORDS);
    await page.getByRole("radio", { name: "New ticket", exact: true }).check();
    await page.getByLabel("Subject", { exact: true }).fill("Browser test: Outlook keeps asking for the password");
    expect(await page.getByRole("checkbox", { name: "Assign the ticket to me" }).isChecked()).toBe(true);
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/v1/calls") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Log the call", exact: true }).click();
    const response = await posted;
    expect(response.status(), await response.text()).toBe(201);
    const { ticket, call } = (await response.json()) as { ticket: { number: number }; call: { startedAt: string } };

    await page.waitForURL(new RegExp(`/console/tickets/${ticket.number}$`));
    await page.getByRole("heading", { level: 1, name: new RegExp(`#${ticket.number}`) }).waitFor();
    await settle(page);
    const request = page.getByRole("article", { name: /^Request/ });
    await request.getByText(WORDS).waitFor();
    const header = async () => (await request.locator("header").innerText()).replace(/\s+/g, " ");
    await expect.poll(header).toMatch(/Omar Farooq \(recorded by Usman Tariq\)/);
    // No machine text, and no internal note carrying the caller's words.
    expect(await page.getByText(/Phone call from/).count()).toBe(0);
    expect(await page.getByRole("article", { name: /^Internal note/ }).count()).toBe(0);

    const record = request.getByRole("region", { name: "Call record" });
    const facts = (await record.innerText()).replace(/\s+/g, " ");
    expect(facts).toContain("Incoming call");
    expect(facts).toContain("03001234567");
    expect(facts).toContain("New ticket");
    expect(facts).toContain("Usman Tariq");
    // In the viewer's local time (the browser runs in Asia/Karachi), not an ISO instant.
    const karachi = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Karachi",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(new Date(call.startedAt));
    expect(facts).toContain(karachi);
    expect(facts).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    const agent = await frontline.apiAs(AGENT);
    const shown = await agent.json<{ assigneeId: string; description: string; channel: string }>(
      "GET",
      `/api/v1/tickets/${ticket.number}`,
    );
    expect(shown).toMatchObject({ assigneeId: agent.me.id, description: WORDS, channel: "phone" });
    expect(await page.locator("#prop-assignee").inputValue()).toBe(agent.me.id);

    // The caller reads their own words as their request.
    const caller = await frontline.apiAs(EMPLOYEE);
    const own = await caller.json<{
      items: Array<{ type: string; actorId: string; data: { fields?: { description?: string } } }>;
    }>("GET", `/api/v1/tickets/${ticket.number}/events`);
    expect(own.items).toEqual([
      expect.objectContaining({
        type: "created",
        actorId: caller.me.id,
        data: { fields: expect.objectContaining({ description: WORDS }) },
      }),
    ]);
    await screenshot(page, "logged-call-ticket");
  });
});
