import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  ADMIN,
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  screenshot,
  settle,
  useFrontline,
  type ApiClient,
} from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// An agent who hands a ticket on keeps it in sight; one who loses sight of a ticket is told so, not shown "not found".

const frontline = useFrontline();

type Group = { id: string; name: string; tier: number };

async function groupNamed(api: ApiClient, name: RegExp): Promise<Group> {
  const { items } = await api.json<{ items: Group[] }>("GET", "/api/v1/groups");
  const group = items.find((g) => name.test(g.name));
  if (!group) throw new Error(`no group named ${name}`);
  return group;
}

/** Every 404 the page receives from the API from now on. */
function notFounds(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404 && r.url().includes("/api/")) seen.push(r.url());
  });
  return seen;
}

async function openTicket(page: Page, ticket: Ticket): Promise<void> {
  await page.goto(`/console/tickets/${ticket.number}`);
  await page.getByRole("heading", { level: 1, name: new RegExp(`#${ticket.number}`) }).waitFor();
  await settle(page);
}

describe("ticket access after it moves on", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an agent who escalates a ticket to another group stays on it, read-only with notes, and sees one escalation record", async () => {
    const agent = await frontline.apiAs(AGENT);
    const employee = await frontline.apiAs(EMPLOYEE);
    const [l1, l2] = [await groupNamed(agent, /^L1/), await groupNamed(agent, /^L2/)];
    const ticket = await agent.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Browser test: VPN drops every ten minutes",
      description: "The caller's VPN disconnects every ten minutes since the update.",
      type: "incident",
      impact: "person",
      urgency: "medium",
      requesterId: employee.me.id,
      groupId: l1.id,
      assigneeId: agent.me.id,
    });

    const page = await frontline.pageAs(AGENT);
    await openTicket(page, ticket);
    const missing = notFounds(page);
    await page.getByRole("button", { name: "Escalate", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByLabel("Reason", { exact: true })
      .fill("Needs the network team: the tunnel drops at the firewall.");
    await dialog
      .getByLabel("Hand over to group", { exact: true })
      .selectOption({ label: `${l2.name} (tier ${l2.tier})` });
    await dialog.getByRole("checkbox", { name: "Raise the priority one step" }).check();
    await dialog.getByRole("button", { name: "Escalate", exact: true }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByText("You worked on it, so you can still read it and add internal notes.").waitFor();
    await settle(page);
    expect(page.url()).toMatch(new RegExp(`/console/tickets/${ticket.number}$`));
    expect(await page.getByRole("heading", { name: "Ticket not found" }).count()).toBe(0);
    expect(await page.getByRole("radio", { name: "Internal note", exact: true }).isChecked()).toBe(true);
    const escalations = page.getByRole("region", { name: "Escalations" }).getByRole("listitem");
    await expect.poll(() => escalations.count()).toBe(1);
    const record = (await escalations.first().innerText()).replace(/\s+/g, " ");
    expect(record).toContain("Escalated by hand");
    expect(record).toMatch(/Group: L1.* → L2/);
    expect(record).toMatch(/Priority: \w+ → \w+/);
    expect(await page.getByText("Priority raised").count()).toBe(0);

    // They can still follow up: a note goes on the ticket they handed over.
    await page.getByLabel("Message", { exact: true }).fill("Called the requester back: it drops on Wi-Fi only.");
    const noted = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/tickets/${ticket.id}/notes`) && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Add note", exact: true }).click();
    expect((await noted).status()).toBe(201);
    await page
      .getByRole("article", { name: /^Internal note/ })
      .filter({ hasText: "Called the requester back: it drops on Wi-Fi only." })
      .waitFor();
    expect(missing).toEqual([]);
    await screenshot(page, "ticket-followed-after-escalation");
  });

  it("an agent whose group loses a ticket they never worked on goes back to the queue with a notice", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const agent = await frontline.apiAs(AGENT);
    const employee = await frontline.apiAs(EMPLOYEE);
    const [l1, l3] = [await groupNamed(admin, /^L1/), await groupNamed(admin, /^L3/)];
    const hira = (
      await admin.json<{ items: Array<{ id: string; email: string }> }>("GET", "/api/v1/people?q=hira")
    ).items.find((p) => p.email === "hira@frontline.example");
    const ticket = await admin.json<Ticket & { version: number }>("POST", "/api/v1/tickets", {
      subject: "Browser test: badge reader at the gate",
      description: "The badge reader at gate 2 refuses every card.",
      type: "incident",
      impact: "department",
      urgency: "medium",
      requesterId: employee.me.id,
      groupId: l1.id,
      ...(hira ? { assigneeId: hira.id } : {}),
    });
    expect((await agent.call("GET", `/api/v1/tickets/${ticket.id}`)).status).toBe(200);

    const page = await frontline.pageAs(AGENT);
    await openTicket(page, ticket);
    await admin.json("PATCH", `/api/v1/tickets/${ticket.id}`, {
      version: ticket.version,
      groupId: l3.id,
      reason: "Engineering owns the gate readers",
    });

    const notice = page.getByRole("alert").filter({ hasText: `You no longer have access to #${ticket.number}.` });
    await notice.waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).not.toContain("/tickets/");
    expect(await page.getByRole("heading", { name: "Ticket not found" }).count()).toBe(0);
    await screenshot(page, "queue-after-access-ended");
  });
});
