import { describe, expect, it } from "vitest";
import { webhookSignature } from "../../src/platform/webhooks/post-webhook.ts";
import { ADMIN, AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, documentState, useFrontline } from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// The issue-15 screens whose APIs came first: the requester allows a remote session and picks the channel news reaches
// them on in the portal; an admin manages the remote-access tools and gives an agent a telephone extension; an agent
// works the callback queue of missed calls, overdue ones marked.

const SECRET = "telephony-browser-secret-0123456789";
const frontline = useFrontline({ TELEPHONY_SECRET: SECRET, TELEPHONY_CALLBACK_MINUTES: "60" });

type Session = { id: string; status: string; consentVia: string | null };

describe("field and remote work screens", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("the requester allows one remote session and declines another from the portal, and chooses to hear back on WhatsApp", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const agent = await frontline.apiAs(AGENT);
    const admin = await frontline.apiAs(ADMIN);
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Outlook keeps asking for my password",
      description: "Since this morning.",
      impact: "department",
      urgency: "medium",
    });
    const tools = await agent.json<{ items: Array<{ id: string; name: string }> }>("GET", "/api/v1/remote-tools");
    const rustdesk = tools.items.find((x) => x.name === "RustDesk")!;
    const asked = await admin.json<Session>("POST", `/api/v1/tickets/${ticket.id}/remote-sessions`, {
      toolId: rustdesk.id,
      sessionRef: "123 456 789",
      purpose: "Reset the Outlook profile",
    });
    expect(asked.status).toBe("awaiting_consent");

    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto(`/portal/requests/${ticket.number}`);
    const remote = page.getByRole("region", { name: "Remote help" });
    const item = remote.getByRole("listitem", { name: "Remote session with RustDesk" });
    await item.getByText("Waiting for your permission").waitFor();
    await item.getByText("Reset the Outlook profile").waitFor();
    await item.getByText(/read out your ID to the agent/).waitFor(); // the tool's instructions for requesters
    await item.getByRole("button", { name: "Allow this session" }).click();
    await item.getByText("Allowed", { exact: true }).waitFor();
    await item.getByText(/^Allowed in the portal on /).waitFor();
    expect(await item.getByRole("button", { name: "Allow this session" }).count()).toBe(0);
    const sessions = await agent.json<{ items: Session[] }>("GET", `/api/v1/tickets/${ticket.id}/remote-sessions`);
    expect(sessions.items[0]).toMatchObject({ status: "consented", consentVia: "portal" });

    // A second request, for another tool, the requester turns down: it ends cancelled and can never start.
    const anydesk = tools.items.find((x) => x.name === "AnyDesk")!;
    const other = await admin.json<Session>("POST", `/api/v1/tickets/${ticket.id}/remote-sessions`, {
      toolId: anydesk.id,
      sessionRef: "987 654 321",
      purpose: "Check the mail client settings",
    });
    await page.reload();
    const refused = page.getByRole("listitem", { name: "Remote session with AnyDesk" });
    await refused.getByRole("button", { name: "Decline" }).click();
    await refused.getByText(/^It did not take place/).waitFor();
    const after = await agent.json<{ items: Array<Session & { outcome: string | null }> }>(
      "GET",
      `/api/v1/tickets/${ticket.id}/remote-sessions`,
    );
    expect(after.items.find((x) => x.id === other.id)).toMatchObject({ status: "ended", outcome: "cancelled" });

    await page.goto("/portal/profile");
    const channel = page.getByRole("form", { name: "How we reach you" });
    expect(await channel.getByRole("radio", { name: /^Email/ }).isChecked()).toBe(true);
    await channel.getByRole("radio", { name: /^WhatsApp/ }).check();
    await channel.getByRole("button", { name: "Save my choice" }).click();
    await channel.getByText("Saved: news about your requests now comes by WhatsApp.").waitFor();
    expect((await employee.json<{ preferredChannel: string }>("GET", "/api/v1/me")).preferredChannel).toBe("whatsapp");
    await page.reload();
    expect(await page.getByRole("radio", { name: /^WhatsApp/ }).isChecked()).toBe(true);

    const urdu = await frontline.pageAs(EMPLOYEE, { lang: "ur" });
    await urdu.goto("/portal/profile");
    await urdu.getByRole("heading", { level: 2, name: "ہم آپ تک کیسے پہنچیں" }).waitFor();
    expect((await documentState(urdu)).dir).toBe("rtl");
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("an admin adds, refuses an unsafe link for, and sets aside a remote tool, and gives an agent an extension", async () => {
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Remote tools" }).click();
    await page.getByRole("heading", { level: 1, name: "Remote tools" }).waitFor();
    await page.getByRole("row").filter({ hasText: "rustdesk://{id}" }).waitFor(); // the workspace's starting tools

    const add = page.getByRole("form", { name: "Add a tool" });
    await add.getByLabel("Name").fill("Browser support");
    await add.getByLabel("Launch link").fill("javascript:alert({id})");
    await add.getByRole("button", { name: "Save" }).click();
    await add
      .getByText(/never javascript:, data: or vbscript:/)
      .first()
      .waitFor();
    await add.getByLabel("Launch link").fill("https://support.example/join/{id}");
    await add.getByLabel("Show the link to the requester too").check();
    await add.getByRole("button", { name: "Save" }).click();
    await page.getByText("Tool Browser support saved.").waitFor();
    const row = page.getByRole("row").filter({ hasText: "Browser support" });
    await row.getByText("Link and instructions").waitFor();

    await row.getByRole("button", { name: "Edit tool Browser support" }).click();
    const edit = page.getByRole("form", { name: "Edit tool Browser support" });
    await edit.getByLabel("Active", { exact: true }).uncheck();
    await edit.getByRole("button", { name: "Save" }).click();
    await row.getByText("(Inactive)").waitFor();
    const agent = await frontline.apiAs(AGENT);
    const offered = await agent.json<{ items: Array<{ name: string }> }>("GET", "/api/v1/remote-tools");
    expect(offered.items.map((x) => x.name)).not.toContain("Browser support");

    await page.goto(`/admin/people/${agent.me.id}`);
    const extension = page.getByLabel("Telephone extension");
    await extension.fill("20 1");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("digits, * and #").first().waitFor();
    await extension.fill("201");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(
        async () => (await agent.json<{ extension: string | null }>("GET", `/api/v1/people/${agent.me.id}`)).extension,
      )
      .toBe("201");

    const urdu = await frontline.pageAs(ADMIN, { lang: "ur" });
    await urdu.goto("/admin/remote-tools");
    await urdu.getByRole("heading", { level: 1, name: "ریموٹ ٹولز" }).waitFor();
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("an agent sees missed calls waiting for a callback, the overdue one marked, and marks one called back", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const employee = await frontline.apiAs(EMPLOYEE);
    await admin.json("PATCH", `/api/v1/people/${employee.me.id}`, { phone: "+92 300 5550101" });
    const missed = async (callId: string, from: string, endedAt: Date) => {
      for (const [state, at] of [
        ["ringing", new Date(endedAt.getTime() - 30_000)],
        ["ended", endedAt],
      ] as const) {
        const raw = JSON.stringify({ callId, direction: "inbound", from, to: "+92 21 111 000 111", state, at });
        const res = await fetch(`${frontline.url}/api/v1/telephony/events`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-frontline-signature": webhookSignature(SECRET, raw) },
          body: raw,
        });
        expect(res.status).toBe(200);
      }
    };
    await missed("browser-call-late", "+92 300 5550101", new Date(Date.now() - 2 * 3600_000)); // due an hour ago
    await missed("browser-call-new", "+92 333 7770000", new Date(Date.now() - 5 * 60_000)); // due in 55 minutes

    const page = await frontline.pageAs(AGENT);
    await page.goto("/console");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Callbacks" }).click();
    await page.getByRole("heading", { level: 1, name: "Callbacks" }).waitFor();
    await page.getByText("2 missed calls to call back. 1 is overdue.").waitFor();
    const late = page.getByRole("listitem", { name: "Missed call from +92 300 5550101" });
    const fresh = page.getByRole("listitem", { name: "Missed call from +92 333 7770000" });
    await late.getByText("Overdue", { exact: true }).waitFor();
    await late.getByText(/^Overdue by /).waitFor();
    await late.getByText(employee.me.name, { exact: true }).waitFor(); // matched by the phone rule
    expect(await late.getByRole("link", { name: "+92 300 5550101" }).getAttribute("href")).toBe("tel:+923005550101");
    await fresh.getByText(/^Call back within /).waitFor();
    await fresh.getByText("No one in the directory has this number.").waitFor();
    expect(await fresh.getByText("Overdue", { exact: true }).count()).toBe(0);

    await late.getByRole("link", { name: `Log the callback to ${employee.me.name}` }).click();
    await page.waitForURL(/\/console\/calls\/new\?number=%2B92%20300%205550101&callerId=/);
    await page.goBack();
    await page
      .getByRole("listitem", { name: "Missed call from +92 300 5550101" })
      .getByRole("button", { name: "Mark called back" })
      .click();
    await page.getByText("1 missed call to call back.").waitFor();
    expect(await page.getByRole("listitem", { name: "Missed call from +92 300 5550101" }).count()).toBe(0);
    const agent = await frontline.apiAs(AGENT);
    const queue = await agent.json<{ items: Array<{ callId: string }> }>("GET", "/api/v1/telephony/callbacks");
    expect(queue.items.map((c) => c.callId)).toEqual(["browser-call-new"]);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
