import { afterAll, describe, expect, it } from "vitest";
import { signWebhook } from "../../src/channels/whatsapp/signature.ts";
import { ADMIN, AGENT, BROWSER_TEST_TIMEOUT, documentState, useFrontline } from "../support/browser.ts";
import { startGraphFake } from "../support/whatsapp-graph.ts";
import { fixture, WA } from "../support/whatsapp.ts";

// The WhatsApp channel in the browser: an admin manages numbers (secrets write-only) and templates in the admin
// area, and an agent whose customer's 24-hour window has closed sends an approved template from the ticket, which
// the conversation shows as a template (not a reply) with its delivery, and the loopback Graph fake receives.

const graph = await startGraphFake(WA.accessToken);
afterAll(() => graph.close());
const frontline = useFrontline({
  WHATSAPP_APP_SECRET: WA.appSecret,
  WHATSAPP_PHONE_NUMBER_ID: WA.phoneNumberId,
  WHATSAPP_VERIFY_TOKEN: WA.verifyToken,
  WHATSAPP_ACCESS_TOKEN: WA.accessToken,
  WHATSAPP_GRAPH_URL: graph.url,
});

describe("WhatsApp in the browser", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("an admin adds, edits and removes a number without ever seeing its secrets, and manages templates", async () => {
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "WhatsApp" }).click();
    await page.getByRole("heading", { level: 1, name: "WhatsApp" }).waitFor();
    await page.getByText(WA.phoneNumberId).first().waitFor(); // the environment's number is named

    const add = page.getByRole("form", { name: "Add a number" });
    await add.getByLabel("Phone number id").fill("555000111");
    await add.getByLabel("Number", { exact: true }).fill("+923001234567");
    await add.getByLabel("Display name").fill("Lahore desk");
    await add.getByRole("button", { name: "Save" }).click();
    // The secrets are required: the API names the first one missing and nothing is saved.
    await add.getByRole("alert").first().waitFor();
    await add.getByLabel("Access token").fill("graph-token-secret");
    await add.getByLabel("App secret").fill("app-secret-secret");
    await add.getByLabel("Verify token").fill("verify-token-secret");
    await add.getByRole("button", { name: "Save" }).click();
    await page.getByText("Number +923001234567 saved.").waitFor();
    const row = page.getByRole("row").filter({ hasText: "Lahore desk" });
    await row.getByText("All set").waitFor();

    await row.getByRole("button", { name: "Edit number +923001234567" }).click();
    const edit = page.getByRole("form", { name: "Edit number +923001234567" });
    for (const label of ["Access token", "App secret", "Verify token"]) {
      expect(await edit.getByLabel(label).inputValue()).toBe("");
      expect(await edit.getByLabel(label).getAttribute("type")).toBe("password");
    }
    await edit.getByLabel("Display name").fill("Lahore help desk");
    await edit.getByRole("button", { name: "Save" }).click();
    await page.getByRole("row").filter({ hasText: "Lahore help desk" }).getByText("All set").waitFor();
    expect(await page.content()).not.toMatch(/graph-token-secret|app-secret-secret|verify-token-secret/);

    await page.getByRole("button", { name: "Remove number +923001234567" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await page.getByText("Number +923001234567 removed.").waitFor();
    expect(await page.getByRole("row").filter({ hasText: "Lahore help desk" }).count()).toBe(0);

    const newTemplate = page.getByRole("form", { name: "Add a template" });
    await newTemplate.getByLabel("Template name").fill("visit_notice");
    await newTemplate.getByLabel("Language", { exact: true }).fill("en_US");
    await newTemplate.getByLabel("Parameters").fill("date\ntime");
    await newTemplate.getByRole("button", { name: "Save" }).click();
    await page.getByText("Template visit_notice saved.").waitFor();
    const templateRow = page.getByRole("row").filter({ hasText: "visit_notice" });
    await templateRow.getByText("{{1}} date · {{2}} time").waitFor();
    await templateRow.getByRole("button", { name: "Edit template visit_notice" }).click();
    const editTemplate = page.getByRole("form", { name: "Edit template visit_notice" });
    await editTemplate.getByLabel("Active").uncheck();
    await editTemplate.getByRole("button", { name: "Save" }).click();
    await templateRow.getByText("(Inactive)").waitFor();
    await templateRow.getByRole("button", { name: "Remove template visit_notice" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await page.getByText("Template visit_notice removed.").waitFor();

    // The same page in Urdu, right to left.
    const urdu = await frontline.pageAs(ADMIN, { lang: "ur" });
    await urdu.goto("/admin/whatsapp");
    await urdu.getByRole("heading", { level: 1, name: "واٹس ایپ" }).waitFor();
    expect((await documentState(urdu)).dir).toBe("rtl");
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("outside the 24-hour window an agent picks a template, fills its parameter and sends it; it shows as a template with its delivery", async () => {
    const admin = await frontline.apiAs(ADMIN);
    await admin.json("POST", "/api/v1/whatsapp/templates", {
      name: "follow_up",
      language: "en_US",
      parameters: ["ticket number"],
    });
    const raw = fixture("inbound-text.raw");
    const posted = await fetch(`${frontline.url}/webhooks/whatsapp`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature-256": signWebhook(WA.appSecret, raw) },
      body: raw,
    });
    expect(posted.status).toBe(200);
    const agent = await frontline.apiAs(AGENT);
    let number = 0;
    await expect
      .poll(
        async () => {
          const list = await agent.json<{ items: Array<{ number: number; channel: string }> }>(
            "GET",
            "/api/v1/tickets?q=another%20color",
          );
          number = list.items.find((x) => x.channel === "whatsapp")?.number ?? 0;
          return number;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);

    const page = await frontline.pageAs(AGENT);
    // The server's clock cannot be moved 24 hours on here: the conversation it answers is passed through with the
    // window said closed, as it will be a day after the customer wrote (the 409 and the server's own window are
    // tested in whatsapp-conversation.db.test.ts). Sending a template does not depend on the window.
    await page.route(/\/api\/v1\/tickets\/[^/]+\/whatsapp$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, windowOpen: false } });
    });
    await page.goto(`/console/tickets/${number}`);
    const panel = page.getByRole("region", { name: "WhatsApp" });
    await panel
      .getByText(/WhatsApp takes only an approved template/)
      .first()
      .waitFor();
    const picker = panel.getByRole("form", { name: "Send a template" });
    await picker.getByLabel("Template").selectOption({ label: "follow_up (en_US)" });
    await picker.getByLabel("1. ticket number").fill(`#${number}`);
    await picker.getByRole("button", { name: "Send template" }).click();
    await picker.getByText("Template follow_up queued for sending.").waitFor();

    const sent = page.getByRole("article", { name: /^WhatsApp template/ });
    await sent.getByText(`{{1}} #${number}`).waitFor();
    await sent.getByText("It does not count as a response.", { exact: false }).waitFor();
    await expect.poll(() => graph.messages.map((m) => m.body.type), { timeout: 20_000 }).toContain("template");
    expect(graph.messages.find((m) => m.body.type === "template")?.body).toMatchObject({
      to: "16505551234",
      template: { name: "follow_up", components: [{ parameters: [{ type: "text", text: `#${number}` }] }] },
    });
    // The worker sent it: the conversation's badge moves on from queued (refreshed every 10 s while queued or sent).
    await page.reload();
    await page
      .getByRole("article", { name: /^WhatsApp template/ })
      .getByText("sent", { exact: true })
      .waitFor();
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
