import { describe, expect, it } from "vitest";
import {
  ADMIN,
  AGENT,
  BROWSER_TEST_TIMEOUT,
  documentState,
  EMPLOYEE,
  expectNoHorizontalScroll,
  PHONE,
  runAxe,
  describeViolations,
  screenshot,
  useFrontline,
} from "../support/browser.ts";
import { freePort } from "../support/cli.ts";
import type { Ticket } from "./steps.ts";

// The post-resolution survey: an admin turns it on, an email request is resolved, and the requester answers the
// mailed link's page without signing in — in Urdu, right to left, on a phone. The link then works no more.

// Links in mail are made from PUBLIC_URL, so the server is told where it will be before it starts.
const port = await freePort();
const frontline = useFrontline({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });

type OutboxMail = { kind: string; ticketId: string; body: string };

describe("post-resolution survey page", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("takes one answer through the mailed link, in Urdu right to left, and then says it was answered", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const settings = await admin.json<Record<string, unknown>>("GET", "/api/v1/settings/survey");
    await admin.json("PUT", "/api/v1/settings/survey", { ...settings, enabled: true });
    const employee = await frontline.apiAs(EMPLOYEE);
    const agent = await frontline.apiAs(AGENT);
    const ticket = await agent.json<Ticket & { version: number }>("POST", "/api/v1/tickets", {
      subject: "Browser test: the scanner mails nothing",
      description: "Scans to email never arrive since Monday.",
      type: "incident",
      impact: "person",
      urgency: "medium",
      requesterId: employee.me.id,
      channel: "email",
    });
    await agent.json("PATCH", `/api/v1/tickets/${ticket.id}`, { version: ticket.version, status: "resolved" });
    const outbox = await admin.json<{ items: OutboxMail[] }>("GET", "/api/v1/mail/outbox");
    const mail = outbox.items.find((m) => m.kind === "survey" && m.ticketId === ticket.id);
    expect(mail, JSON.stringify(outbox.items.map((m) => m.kind))).toBeDefined();
    const link = new URL(/http:\/\/127\.0\.0\.1:\d+\/survey\/\S+/.exec(mail!.body)![0]);

    const page = await frontline.page({ ...PHONE, lang: "ur" });
    await page.goto(`${link.pathname}${link.search}`);
    const form = page.getByRole("main").locator("form");
    await form.waitFor();
    expect(await documentState(page)).toMatchObject({ dir: "rtl", lang: "ur" });
    await page.getByText("آپ کی درخواست جس طرح نمٹائی گئی، آپ اس سے کتنے مطمئن ہیں؟").waitFor();
    await expectNoHorizontalScroll(page);
    const violations = await runAxe(page, "survey page (Urdu)");
    expect(violations, describeViolations(violations)).toEqual([]);

    // No score: refused in words at the field, nothing sent.
    await form.getByRole("button", { name: "اپنا جواب بھیجیں" }).click();
    await form.getByText("1 سے 5 تک کوئی درجہ منتخب کریں۔").waitFor();

    await form.getByRole("radio", { name: "4 — مطمئن" }).check();
    await form.getByLabel("آپ ہمیں کچھ بتانا چاہیں (اختیاری)").fill("سکینر اب ٹھیک کام کر رہا ہے، شکریہ۔");
    await form.getByRole("button", { name: "اپنا جواب بھیجیں" }).click();
    await page.getByRole("status").filter({ hasText: "آپ کے جواب کا شکریہ۔" }).waitFor();
    await screenshot(page, "survey-answered-ur");

    // The answer is the ticket's rating, as the desk reads it.
    expect((await agent.json<{ rating: unknown }>("GET", `/api/v1/tickets/${ticket.id}/rating`)).rating).toMatchObject({
      score: 4,
      comment: "سکینر اب ٹھیک کام کر رہا ہے، شکریہ۔",
    });

    // The link is used up: the page says so instead of asking again.
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "اس سروے کا جواب دیا جا چکا ہے۔" }).waitFor();
    expect(await page.getByRole("main").locator("form").count()).toBe(0);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
