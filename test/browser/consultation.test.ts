import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  expectNoHorizontalScroll,
  PHONE,
  useFrontline,
} from "../support/browser.ts";
import { supportDays, type Ticket } from "./steps.ts";

// The public consultation form, used without signing in: a bad phone number is refused at the field before
// anything is sent (and by the server too); a good one opens a consultation ticket and shows its number.

const frontline = useFrontline();
const ENDPOINT = "/api/v1/public/consultations";

/** Fills every field a visitor fills; `phone` goes into the Phone field. The form's hidden robot trap stays empty. */
async function fillForm(page: Page, phone: string, date?: string): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill("Sana Iqbal");
  await page.getByLabel("Company", { exact: true }).fill("Ravi Foods");
  await page.getByLabel("Email", { exact: true }).fill("sana.iqbal@ravi-foods.example");
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByLabel("Preferred date", { exact: true }).fill(date ?? (await supportDays(frontline.url)).open);
  await page.getByLabel("From", { exact: true }).fill("10:00");
  await page.getByLabel("To", { exact: true }).fill("12:00");
  await page.getByLabel("Topic", { exact: true }).fill("Moving our file shares to the cloud");
  await page.getByLabel("Message", { exact: true }).fill("Options and costs, please; we have about 2 TB.");
}

/** The text of the elements aria-describedby points a control to (its hint, its error). */
async function describedBy(page: Page, control: Locator): Promise<string> {
  const ids = ((await control.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(" ").trim();
}

function submitButton(page: Page) {
  return page.getByRole("main").locator('form button[type="submit"]');
}

describe("consultation request", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("refuses a bad phone number at the field without sending anything, then accepts a good one and shows its reference", async () => {
    const page = await frontline.page();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === ENDPOINT) posts.push(request.url());
    });
    await page.goto("/consultation");
    await fillForm(page, "12ab");
    const phone = page.getByLabel("Phone", { exact: true });
    const hint = await describedBy(page, phone);
    await submitButton(page).click();

    await expect.poll(() => phone.getAttribute("aria-invalid")).toBe("true");
    // The message is at the field: a new text tied to it by aria-describedby, besides its hint.
    const described = await describedBy(page, phone);
    expect(
      described.replace(hint, "").trim(),
      `no error message is tied to the phone field (it is described by "${described}")`,
    ).not.toBe("");
    expect(posts, "the form sent the bad number to the server").toEqual([]);

    await phone.fill("+92 300 1234567");
    const answered = page.waitForResponse(
      (r) => new URL(r.url()).pathname === ENDPOINT && r.request().method() === "POST",
    );
    await submitButton(page).click();
    const response = await answered;
    expect(response.status(), await response.text()).toBe(201);
    // One key per submission, so a resend after a dropped connection cannot open a second ticket.
    expect(response.request().headers()["idempotency-key"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const confirmation = page.getByRole("status").filter({ hasText: /#\d+/ });
    await confirmation.waitFor();
    const number = Number(/#(\d+)/.exec(await confirmation.innerText())![1]);

    // An agent finds the consultation ticket under that number.
    const agent = await frontline.apiAs(AGENT);
    const ticket = await agent.json<Ticket>("GET", `/api/v1/tickets/${number}`);
    expect(ticket).toMatchObject({ number, type: "consultation" });
  });

  it("the server refuses a bad phone number too (422 naming body.phone)", async () => {
    const response = await fetch(`${frontline.url}${ENDPOINT}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        name: "Sana Iqbal",
        company: "Ravi Foods",
        email: "sana.iqbal@ravi-foods.example",
        phone: "12ab",
        preferredDate: (await supportDays(frontline.url)).open,
        windowStart: "10:00",
        windowEnd: "12:00",
        topic: "Cloud file shares",
        message: "We would like to talk about moving our file shares to the cloud.",
      }),
    });
    const body = (await response.json()) as { errors?: Array<{ field: string }> };
    expect(response.status, JSON.stringify(body)).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect((body.errors ?? []).map((e) => e.field)).toContain("body.phone");
  });

  it("refuses a window outside support hours at the field, as its own text asks", async () => {
    const page = await frontline.page();
    await page.goto("/consultation");
    await fillForm(page, "+92 300 1234567");
    await page.getByLabel("From", { exact: true }).fill("20:00");
    await page.getByLabel("To", { exact: true }).fill("21:00");
    const answered = page.waitForResponse(
      (r) => new URL(r.url()).pathname === ENDPOINT && r.request().method() === "POST",
    );
    await submitButton(page).click();
    expect((await answered).status()).toBe(422);
    const from = page.getByLabel("From", { exact: true });
    await expect.poll(() => from.getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(page, from)).toMatch(/support hours/);
    await expect.poll(() => page.getByRole("status").filter({ hasText: /#\d+/ }).count()).toBe(0);

    // A closed day (a weekend or a holiday) is refused at the date.
    const { closed } = await supportDays(frontline.url);
    await page.getByLabel("Preferred date", { exact: true }).fill(closed);
    await from.fill("10:00");
    await page.getByLabel("To", { exact: true }).fill("12:00");
    await submitButton(page).click();
    const date = page.getByLabel("Preferred date", { exact: true });
    await expect.poll(() => date.getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(page, date)).toMatch(/closed/);
  });

  it("with no mail server configured, does not claim a confirmation email was sent", async () => {
    const page = await frontline.page();
    await page.goto("/consultation");
    await fillForm(page, "+92 300 7654321");
    await submitButton(page).click();
    const confirmation = page.getByRole("status").filter({ hasText: /#\d+/ });
    await confirmation.waitFor();
    const text = await confirmation.innerText();
    expect(text).not.toMatch(/we have sent|is on its way/i);
    expect(text).toContain("No confirmation email is sent");
  });

  it("the portal promises no email either: no mail goes to requesters about their requests", async () => {
    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto("/portal/new");
    const main = page.getByRole("main");
    await page.getByLabel("Subject", { exact: true }).waitFor();
    expect(await main.innerText()).not.toMatch(/by email|sent you an email/i);
    await page.getByLabel("Subject", { exact: true }).fill("Projector in room 4 shows no picture");
    await page
      .getByLabel("Describe the problem", { exact: true })
      .fill("The projector turns on, but the screen stays blue whatever we plug in.");
    await page.getByRole("radio", { name: "Just me", exact: true }).check();
    await page.getByRole("radio", { name: "When convenient: there is a workaround", exact: true }).check();
    await page.getByRole("button", { name: "Submit request", exact: true }).click();
    const confirmation = page.getByRole("status").filter({ hasText: /#\d+/ });
    await confirmation.waitFor();
    expect(await confirmation.innerText()).not.toMatch(/email/i);
  });

  it("fits a phone screen (390 px) without scrolling sideways", async () => {
    const page = await frontline.page(PHONE);
    await page.goto("/consultation");
    await page.getByLabel("Phone", { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, "the consultation page");
  });
});
