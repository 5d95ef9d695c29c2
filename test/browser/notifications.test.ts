import { describe, expect, it } from "vitest";
import {
  ADMIN,
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  markDocument,
  sameDocument,
  settle,
  useFrontline,
} from "../support/browser.ts";
import { numberLink, type Ticket } from "./steps.ts";

// Escalations "notify in the app": the person told sees it in the header's bell while they work, without a reload,
// opens the list, follows it to the ticket's number and marks it read.

const frontline = useFrontline();

describe("in-app notifications", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an escalation's notification appears in the agent's bell live, and can be marked read", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const agent = await frontline.apiAs(AGENT);
    const employee = await frontline.apiAs(EMPLOYEE);
    const ticket = await admin.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Core switch in block B drops packets",
      description: "Half of the second floor loses the network every few minutes.",
      impact: "department",
      urgency: "high",
      requesterId: employee.me.id,
    });
    // Start from an empty inbox, so the count is the escalation's alone.
    await agent.json("POST", "/api/v1/notifications/read-all");

    const page = await frontline.pageAs(AGENT);
    await page.goto("/console");
    await settle(page);
    const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications: \d+ unread$/ });
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications: 0 unread");
    await markDocument(page);

    const reason = "The caller's whole floor is down; please look now";
    await admin.json("POST", `/api/v1/tickets/${ticket.id}/escalations`, { reason, notify: [agent.me.id] });
    // Pushed over the live stream: well inside the 30 s a cached query would wait.
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 15_000 }).toBe("Notifications: 1 unread");
    expect(await sameDocument(page), "the agent's page was reloaded").toBe(true);

    await bell.click();
    await page.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
    const main = page.getByRole("main");
    const item = main.getByRole("listitem").filter({ hasText: reason });
    await item.waitFor();
    expect(await numberLink(item, ticket.number).count(), "the notification links to its ticket").toBe(1);
    await item.getByRole("button", { name: /^Mark .* read$/ }).click();
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications: 0 unread");
    expect((await agent.json<{ unread: number }>("GET", "/api/v1/notifications")).unread).toBe(0);

    await numberLink(item, ticket.number).click();
    await page.waitForURL(new RegExp(`/console/tickets/${ticket.id}$`));
  });
});
