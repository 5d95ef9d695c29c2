import { readFileSync } from "node:fs";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/cli.ts";
import { eml } from "../support/eml.ts";
import { ADMIN, AGENT, BROWSER_TEST_TIMEOUT, useFrontline } from "../support/browser.ts";
import { replyTo } from "./steps.ts";

// The email channel in the browser: mail arrives on the running server's SMTP port, an admin releases what landed in
// quarantine, and an agent reads a mail ticket (sender, recipients, folded quotes) and sees the reply stay "queued"
// (no SMTP_URL here).

const SMTP_PORT = await freePort();
const frontline = useFrontline({ SMTP_LISTEN_HOST: "127.0.0.1", SMTP_LISTEN_PORT: String(SMTP_PORT) });

async function deliver(raw: Buffer): Promise<void> {
  const client = nodemailer.createTransport({ host: "127.0.0.1", port: SMTP_PORT, secure: false, ignoreTLS: true });
  const info = await client.sendMail({
    envelope: { from: "someone@indus-textiles.example", to: ["support@frontline.example"] },
    raw,
  });
  client.close();
  expect(info.response).toMatch(/^250/);
}

describe("mail in the browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an admin reads a quarantined mail's reason and releases it into a ticket for a requester", async () => {
    await deliver(eml({ from: null, subject: "Scanner on floor 2 jams" }));
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin/mail");
    const item = page.getByRole("listitem").filter({ hasText: "Scanner on floor 2 jams" });
    await item.getByText("no sender address (From)").waitFor();
    await expect
      .poll(() => item.getByRole("link", { name: "View original" }).getAttribute("href"))
      .toMatch(/^\/api\/v1\/mail\/quarantine\/[0-9a-f-]+\/original$/);
    await item.getByLabel("Find a requester by name or address").fill("employee@indus");
    const requester = item.getByLabel("Requester for “Scanner on floor 2 jams”");
    await expect
      .poll(async () => (await requester.locator("option").allInnerTexts()).join("|"))
      .toContain("employee@indus-textiles.example");
    await requester.selectOption({
      label: (await requester.locator("option", { hasText: "employee@indus-textiles.example" }).innerText()).trim(),
    });
    await item.getByRole("button", { name: "Release into a ticket" }).click();
    const done = page.getByText(/Released into ticket #\d+/);
    await done.waitFor();
    const number = Number(/#(\d+)/.exec(await done.innerText())![1]);
    await page.getByText("No mail is waiting in quarantine.").waitFor();

    const agent = await frontline.apiAs(AGENT);
    const ticket = await agent.json<{ subject: string; channel: string }>("GET", `/api/v1/tickets/${number}`);
    expect(ticket).toMatchObject({ subject: "Scanner on floor 2 jams", channel: "email" });
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("an agent sees a mail ticket's sender, recipients and Cc, the body with its quotes folded, and the reply queued", async () => {
    const raw = readFileSync(new URL("../fixtures/mail/quoted/gmail-quote.eml", import.meta.url))
      .toString("utf8")
      .replace(
        "To: support@frontline.example",
        "To: support@frontline.example\r\nCc: it.manager@indus-textiles.example",
      )
      .replace("Re: [#10002] VPN drops every hour", "VPN drops every hour on floor 4");
    await deliver(Buffer.from(raw));
    const agent = await frontline.apiAs(AGENT);
    const list = await agent.json<{ items: Array<{ number: number }> }>(
      "GET",
      `/api/v1/tickets?q=${encodeURIComponent("VPN drops every hour on floor 4")}`,
    );
    const number = list.items[0]!.number;

    const page = await frontline.pageAs(AGENT);
    await page.goto(`/console/tickets/${number}`);
    const mail = page.getByRole("region", { name: "Mail" });
    await mail.waitFor();
    const view = mail.getByRole("listitem", { name: "Mail from sana@indus-textiles.example" });
    await expect.poll(() => view.innerText()).toContain("support@frontline.example");
    expect(await view.innerText()).toContain("it.manager@indus-textiles.example");
    const body = view.frameLocator('iframe[title="Mail text"]');
    await expect.poll(() => body.locator("body").innerText()).toContain("Still dropping at 11:00 and 12:00.");
    expect(await body.locator("body").innerText()).not.toContain("Please try the new profile");
    const quoted = view.locator("details.mail-quoted");
    expect(await quoted.getAttribute("open")).toBeNull();
    await quoted.locator("summary").click();
    const history = view.frameLocator('iframe[title="Quoted history"]');
    await expect.poll(() => history.locator("body").innerText()).toContain("Please try the new profile attached.");
    expect(await view.getByRole("link", { name: "View original" }).getAttribute("href")).toMatch(/\/attachments\//);

    await replyTo(page, "Which VPN profile do you use?");
    await mail.getByRole("listitem").filter({ hasText: "Reply" }).getByText("Queued").waitFor();
    // The reply itself, in the conversation, says where its mail is.
    await page
      .locator("article.message.reply", { hasText: "Which VPN profile do you use?" })
      .getByText("Queued")
      .waitFor();
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("an admin adds a mailbox polled by IMAP: the form asks for its settings and the secret is never shown", async () => {
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin/mail");
    const form = page.getByRole("form", { name: "Add a mailbox" });
    await form.getByLabel("Address", { exact: true }).fill("imap-desk@frontline.example");
    await form.getByLabel("How mail arrives").selectOption("imap");
    await form.getByRole("button", { name: "Save" }).click();
    // Without its settings the mailbox is refused, naming the server field.
    await form.getByLabel("IMAP server").fill("imap.frontline.example");
    await form.getByLabel("User", { exact: true }).fill("support");
    await form.getByLabel("Password", { exact: true }).fill("s3cret-imap");
    await form.getByLabel("After import").selectOption("move");
    await form.getByLabel("Move to folder").fill("Imported");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("row").filter({ hasText: "imap-desk@frontline.example" }).waitFor();
    const admin = await frontline.apiAs(ADMIN);
    const boxes = await admin.json<{ items: Array<{ address: string; imap: Record<string, unknown> | null }> }>(
      "GET",
      "/api/v1/mail/mailboxes",
    );
    expect(boxes.items.find((b) => b.address === "imap-desk@frontline.example")?.imap).toMatchObject({
      host: "imap.frontline.example",
      user: "support",
      secret: "********",
      afterImport: "move",
      moveTo: "Imported",
    });
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
