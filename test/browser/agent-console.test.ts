import { describe, expect, it } from "vitest";
import {
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  expectNoHorizontalScroll,
  PHONE,
  screenshot,
  settle,
  signIn,
  useFrontline,
} from "../support/browser.ts";
import { numberLink, replyTo, type Ticket } from "./steps.ts";

// The agent's day in a real browser: find the ticket whose SLA is about to breach, answer it, see the clock stop.

const frontline = useFrontline();

describe("agent console", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("finds a critical incident under Breaching soon, replies, and its response clock stops as Met", async () => {
    // Organization-wide and urgent is Critical: a 5-minute response on the 24×7 calendar, so the clock runs at any hour.
    const employee = await frontline.apiAs(EMPLOYEE);
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Browser test: the ERP is down for everyone",
      description: "Nobody in the office can log in since a few minutes ago.",
      type: "incident",
      impact: "organization",
      urgency: "high",
    });
    expect(ticket.priority).toBe("critical");

    const page = await frontline.page();
    await signIn(page, AGENT);
    await page
      .locator('nav[aria-label="Views"]')
      .getByRole("link", { name: /^Breaching soon/ })
      .click();
    await page.waitForURL(/\/console\/views\/breaching-soon/);
    await page.getByRole("heading", { level: 1, name: "Breaching soon" }).waitFor();
    await settle(page); // the view's own list, not the one shown before it
    const link = numberLink(page.getByRole("main"), ticket.number);
    await link.waitFor();
    await screenshot(page, "console-queue", { docs: true });

    await link.click();
    await page.waitForURL(new RegExp(`/console/tickets/(${ticket.number}|${ticket.id})`));
    const response = page.locator('[data-clock="response"]');
    await response.waitFor();
    await expect.poll(() => response.getAttribute("data-state")).toMatch(/^(running|warning)$/);

    await replyTo(page, "Hello Omar, we are on it: the ERP database server is being restarted.");
    await expect.poll(() => response.getAttribute("data-state"), { timeout: 20_000 }).toBe("met");
    expect(await response.innerText()).toMatch(/\bMet\b/);
    await page.getByText("the ERP database server is being restarted").first().waitFor();
    await screenshot(page, "console-ticket", { docs: true });

    // The server agrees: the first response stopped the response clock within its target.
    const agent = await frontline.apiAs(AGENT);
    const sla = await agent.json<{ clocks: Array<{ kind: string; state: string; outcome: string }> }>(
      "GET",
      `/api/v1/tickets/${ticket.id}/sla`,
    );
    expect(sla.clocks.find((c) => c.kind === "first_response")).toMatchObject({ state: "stopped", outcome: "met" });
  });

  it("the queue fits a phone screen (390 px) without scrolling sideways", async () => {
    const page = await frontline.pageAs(AGENT, PHONE);
    await page.goto("/console");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await numberLink(page.getByRole("main")).first().waitFor();
    await expectNoHorizontalScroll(page, "the console queue");
  });
});
