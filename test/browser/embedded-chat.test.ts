import { createServer, type Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import {
  ADMIN,
  AGENT,
  apiAs,
  BROWSER_TEST_TIMEOUT,
  startFrontline,
  useFrontline,
  type RunningFrontline,
} from "../support/browser.ts";
import { freePort } from "../support/cli.ts";
import { createScratchPostgres } from "../support/db.ts";
import { numberLink } from "./steps.ts";

// The issue's "a visitor's chat from an embedded page reaches an agent in another process and becomes a ticket with
// its transcript", in a real browser: a plain page on another origin (another loopback port, under its own strict
// CSP that names only the desk) embeds process A's chat.js with one script tag and no data-channel; the agent's
// console is on process B; both run on one PostgreSQL database, so every word crosses processes by LISTEN/NOTIFY.

/** Serves one HTML page at / on its own port: the customer's site that embeds the desk's chat. */
async function startHostSite(desk: string): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Acme intranet</title></head>
  <body>
    <h1>Acme intranet</h1>
    <p>Questions about your laptop? Chat with the help desk.</p>
    <script src="${desk}/chat.js"></script>
  </body>
</html>`;
  // A careful embedding site: scripts and connections only from itself and the desk, no inline anything.
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${desk}`,
    `connect-src 'self' ${desk}`,
    "style-src 'self'",
    "img-src 'self'",
  ].join("; ");
  const server: Server = createServer((request, response) => {
    // The browser asks for /favicon.ico by itself: nothing to show, and no 404 in the page's console.
    if (request.url === "/favicon.ico") return void response.writeHead(204).end();
    if (request.url !== "/") return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }).end(html);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The chat of `name` in the agent's console: its panel once accepted. */
const agentPanel = (page: Page, name: string) => page.getByRole("article", { name: `Chat with ${name}` });

describe.runIf(testEnvironment().testDatabaseUrl)(
  "web chat embedded on another origin, answered from another process",
  { timeout: BROWSER_TEST_TIMEOUT * 3 },
  () => {
    let database = "";
    // Process A (this file's server) serves chat.js and the visitor's endpoints; B serves the agent's console.
    const frontline = useFrontline(async () => {
      database = await createScratchPostgres("browser");
      return { DATABASE_URL: database, DATABASE_POOL_SIZE: "5" };
    });
    let b: RunningFrontline | undefined;
    let site: Awaited<ReturnType<typeof startHostSite>> | undefined;

    beforeAll(async () => {
      b = await startFrontline({ DATABASE_URL: database, DATABASE_POOL_SIZE: "5" });
      site = await startHostSite(frontline.url);
      // Support around the clock (every calendar, the default policy's included): the chat is taken live whatever
      // the hour in Karachi, instead of the widget offering to leave a message.
      const admin = await apiAs(b.url, ADMIN);
      const calendars = await admin.json<{
        items: Array<{ id: string; current: { definition: { timezone: string } } }>;
      }>("GET", "/api/v1/sla/calendars");
      for (const c of calendars.items)
        await admin.json("PUT", `/api/v1/sla/calendars/${c.id}`, {
          definition: { timezone: c.current.definition.timezone, always: true },
        });
      // Process A reads the calendar afresh (or after its cache lets go): wait until it says open.
      let open = false;
      for (let i = 0; i < 100 && !open; i++) {
        const hours = await fetch(`${frontline.url}/api/v1/public/chat/hours`);
        open = ((await hours.json()) as { open: boolean }).open;
        if (!open) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(open, "process A still says support is closed").toBe(true);
    }, 180_000);

    afterAll(async () => {
      await site?.close();
      await b?.stop();
    }, 60_000);

    it("a visitor on the embedding page chats with an agent on the other process both ways; the ended chat is a ticket holding the transcript", async () => {
      const visitor = await frontline.page({ baseURL: site!.url });
      await visitor.goto("/");
      await visitor.getByRole("button", { name: "Chat with support" }).click();
      const widget = visitor.getByRole("dialog", { name: "Chat with support" });
      await widget.getByLabel("Your name").fill("Visitor Vee");
      await widget.getByLabel("Your email").fill("vee@acme.example");
      await widget.getByLabel("How can we help?").fill("My laptop will not join the Wi-Fi");
      await widget.getByRole("button", { name: "Start chat" }).click();
      await widget.getByText("Waiting for an agent…").waitFor();

      const agent = await frontline.pageAs(AGENT, { baseURL: b!.url });
      await agent.goto("/console/chats");
      const waiting = agent.getByRole("listitem").filter({ hasText: "Visitor Vee" });
      await waiting.getByRole("button", { name: "Accept" }).click();
      const panel = agentPanel(agent, "Visitor Vee");
      const agentLog = panel.getByRole("log");
      await agentLog.getByText("My laptop will not join the Wi-Fi").waitFor();
      await widget.getByText("You are chatting with support.").waitFor();

      // Agent → visitor, across processes.
      await panel.getByLabel("Message", { exact: true }).fill("Forget the network and join it again, please");
      await panel.getByRole("button", { name: "Send", exact: true }).click();
      const visitorLog = widget.getByRole("log", { name: "Chat messages" });
      await visitorLog.getByText("Forget the network and join it again, please").waitFor();
      // Visitor → agent: the typing notice first, then the words.
      await widget.getByLabel("Message", { exact: true }).pressSequentially("Done, ");
      await panel.getByText("Visitor Vee is typing…").waitFor();
      await widget.getByLabel("Message", { exact: true }).fill("Done, it works now. Thanks!");
      await widget.getByRole("button", { name: "Send", exact: true }).click();
      await agentLog.getByText("Done, it works now. Thanks!").waitFor();

      // The agent closes the chat; it lives on as a ticket whose replies are the transcript.
      const ticketLink = numberLink(panel);
      const number = Number((await ticketLink.textContent())!.replace(/\D/g, ""));
      await panel.getByRole("button", { name: "End chat" }).click();
      await widget.getByText("The chat has ended. Thank you!").waitFor();
      await agent.goto(`/console/tickets/${number}`);
      const ticket = agent.getByRole("main");
      for (const words of [
        "My laptop will not join the Wi-Fi",
        "Forget the network and join it again, please",
        "Done, it works now. Thanks!",
      ])
        await ticket.getByText(words).first().waitFor();
      const api = await apiAs(b!.url, AGENT);
      const seen = await api.json<{ channel: string; subject: string }>("GET", `/api/v1/tickets/${number}`);
      expect(seen).toMatchObject({ channel: "chat", subject: "Chat: My laptop will not join the Wi-Fi" });
      const events = await api.json<{ items: Array<{ type: string; data: { body?: string } }> }>(
        "GET",
        `/api/v1/tickets/${number}/events`,
      );
      expect(events.items.filter((e) => e.type === "replied").map((e) => e.data.body)).toEqual([
        "Forget the network and join it again, please",
        "Done, it works now. Thanks!",
      ]);

      // Cross-origin calls, the event stream and the widget's styles all passed the browser's CORS and both CSPs.
      expect(frontline.trouble(visitor)).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
      expect(frontline.trouble(agent)).toMatchObject({ pageErrors: [], cspViolations: [] });
    });
  },
);
