import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Server } from "../support/cli.ts";
import { imapAvailable, startDovecot, type Dovecot } from "../support/dovecot.ts";
import { eml } from "../support/eml.ts";

if (!imapAvailable)
  console.warn("IMAP tests skipped: no dovecot at /usr/sbin/dovecot (apt-get install dovecot-imapd, or run .ci/run)");

type Ticket = { id: string; number: number; subject: string; channel: string };

// The whole IMAP path in a real `frontline start` (embedded database, mail role on): an admin adds a polled mailbox
// through the API, a message lands in its folder on a real IMAP server, and the ticket shows up in the API.
describe.skipIf(!imapAvailable)("frontline start polls an IMAP mailbox an admin added", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-imap-start-"));
  let dovecot: Dovecot | undefined;
  let server: Server | undefined;
  let base = "";
  let session = { cookie: "", csrf: "" };

  beforeAll(async () => {
    dovecot = await startDovecot();
    server = startServer({
      cwd: scratch,
      env: {
        DATA_DIR: path.join(scratch, "data"),
        WEB_APP: "false",
        PORT: "0",
        HOST: "127.0.0.1",
        SMTP_LISTEN_HOST: "127.0.0.1",
        SEED_DEMO: "true",
        // A round a second, so a mailbox added after start is connected at once (then IDLE reports new mail).
        IMAP_POLL_SECONDS: "1",
      },
    });
    base = await server.ready;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@frontline.example", password: "frontline-demo" }),
    });
    expect(login.status).toBe(200);
    const cookie = /frontline_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0] ?? "";
    session = { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await dovecot?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const api = async (method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie: session.cookie };
    if (method !== "GET") headers["x-csrf-token"] = session.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** The email ticket with this subject, asked for every quarter second until the deadline. */
  async function ticketWithSubject(subject: string, withinMs: number): Promise<Ticket | undefined> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      const list = await api("GET", "/api/v1/tickets?channel=email&limit=200");
      const found = (list.body.items as Ticket[]).find((t) => t.subject === subject);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
  }

  it("turns a message appended to the mailbox's folder into a ticket within seconds", { timeout: 60_000 }, async () => {
    const imap = {
      host: dovecot!.host,
      port: dovecot!.port,
      tls: false,
      user: "helpdesk",
      secret: dovecot!.password,
      folder: "INBOX",
      afterImport: "flag",
    };
    const created = await api("POST", "/api/v1/mail/mailboxes", {
      address: "helpdesk@frontline.example",
      inboundKind: "imap",
      imap,
    });
    expect(created.status).toBe(201);

    // The mail server's side: the message is delivered into the folder the mailbox polls.
    const client = new ImapFlow({
      host: dovecot!.host,
      port: dovecot!.port,
      secure: false,
      auth: { user: "helpdesk", pass: dovecot!.password },
      logger: false,
    });
    await client.connect();
    try {
      const subject = "Scanner on floor 2 sends blank pages";
      await client.append(
        "INBOX",
        eml({
          from: "it.manager@indus-textiles.example",
          to: "helpdesk@frontline.example",
          subject,
          messageId: "<imap-start-1@indus-textiles.example>",
        }),
      );
      const ticket = await ticketWithSubject(subject, 15_000);
      expect(ticket, server!.output()).toMatchObject({ subject, channel: "email" });
    } finally {
      await client.logout().catch(() => undefined);
    }
  });
});
