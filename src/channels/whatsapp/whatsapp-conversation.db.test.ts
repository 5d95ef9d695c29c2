import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp, type Browser } from "../../../test/support/http.ts";
import { startGraphFake, type GraphFake } from "../../../test/support/whatsapp-graph.ts";
import {
  fixture,
  inbound,
  postWebhook,
  runWhatsappJobs,
  statuses,
  WA,
  whatsappSettings,
} from "../../../test/support/whatsapp.ts";
import type { Config } from "../../config/config.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { attachments } from "../../tickets/ticket.tables.ts";
import { whatsappEvents, whatsappMessages } from "./whatsapp.tables.ts";

const settings: Record<string, unknown> = whatsappSettings();
let graph: GraphFake;
beforeAll(async () => {
  graph = await startGraphFake(WA.accessToken);
  settings.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.close());

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

describeEachEngine("whatsapp conversation", (ctx) => {
  const http = withApp(ctx, settings as Partial<Config>);
  const deps = () => ({ ...ctx.deps, config: { ...ctx.deps.config, ...(settings as Partial<Config>) } });
  let agent: Browser;
  let agentId: string;
  // Sessions last an hour: after the clock moves on, the agent signs in again.
  const later = async (ms: number) => {
    ctx.deps.clock.advance(ms);
    agent = await sessionFor(ctx.deps, agentId);
  };
  const resolveTicket = async (id: string) => {
    const { version } = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}`, as: agent })).json();
    const res = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/tickets/${id}`,
      as: agent,
      body: { version, status: "resolved" },
    });
    expect(res.statusCode).toBe(200);
  };
  beforeEach(async () => {
    graph.messages.length = 0;
    graph.media.clear();
    graph.failingMedia.clear();
    graph.refuseNext.length = 0;
    const ws = await buildWorkspace(ctx.deps);
    agentId = ws.agent.personId;
    agent = await sessionFor(ctx.deps, agentId);
  });

  const tickets = async () =>
    (await call(http.app, { method: "GET", url: "/api/v1/tickets?sort=number", as: agent })).json().items as Array<{
      id: string;
      number: number;
      subject: string;
      channel: string;
      status: string;
    }>;
  const receive = async (raw: Buffer) => {
    expect((await postWebhook(http.app, raw)).statusCode).toBe(200);
    await runWhatsappJobs(deps());
  };
  const reply = (id: string, body: string) =>
    call(http.app, { method: "POST", url: `/api/v1/tickets/${id}/replies`, as: agent, body: { body } });
  const conversation = async (id: string) =>
    (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}/whatsapp`, as: agent })).json();

  it("end to end: a signed message becomes a ticket an agent lists, and the agent's reply reaches the Graph API", async () => {
    await receive(fixture("inbound-text.raw"));
    const [ticket] = await tickets();
    expect(ticket).toMatchObject({ subject: "Does it come in another color?", channel: "whatsapp", status: "new" });
    const res = await reply(ticket!.id, "Yes: blue and green.");
    expect(res.statusCode).toBe(201);
    await runWhatsappJobs(deps());
    expect(graph.messages).toEqual([
      {
        phoneNumberId: WA.phoneNumberId,
        authorization: `Bearer ${WA.accessToken}`,
        body: {
          messaging_product: "whatsapp",
          recipient_type: "individual",
          to: "16505551234",
          type: "text",
          text: { preview_url: false, body: "Yes: blue and green." },
        },
      },
    ]);
    const view = await conversation(ticket!.id);
    expect(view.windowOpen).toBe(true);
    expect(view.messages.map((m: { direction: string; status: string }) => [m.direction, m.status])).toEqual([
      ["in", "delivered"],
      ["out", "sent"],
    ]);
    expect(view.messages[1]).toMatchObject({
      wamid: expect.stringMatching(/^wamid\.FAKE\d{4}$/),
      eventSeq: expect.any(Number),
    });
  });

  it("moves a reply's delivery only forward: read before delivered stays read; failed after read is not believed", async () => {
    await receive(fixture("inbound-text.raw"));
    const [ticket] = await tickets();
    await reply(ticket!.id, "On its way");
    await runWhatsappJobs(deps());
    const wamid = graph.messages.length > 0 ? (await conversation(ticket!.id)).messages[1].wamid : "";
    await receive(statuses([{ id: wamid, status: "read" }]));
    await receive(
      statuses([
        { id: wamid, status: "delivered" },
        { id: wamid, status: "failed" },
      ]),
    );
    await receive(statuses([{ id: wamid, status: "read" }])); // a replay
    const out = (await conversation(ticket!.id)).messages[1];
    expect(out.status).toBe("read");
    const events = await ctx.deps.db.select().from(whatsappEvents).where(eq(whatsappEvents.kind, "status"));
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.processedAt !== null)).toBe(true);
  });

  it("refuses free text once the 24-hour window has closed (409) and sends an approved template instead", async () => {
    await ensureSlaDefaults(ctx.deps);
    await receive(fixture("inbound-text.raw"));
    const [ticket] = await tickets();
    await later(25 * 3_600_000);
    const view = await conversation(ticket!.id);
    expect(view.windowOpen).toBe(false);
    expect(view.windowEndsAt).toBe("2026-03-03T09:00:00.000Z");
    const refused = await reply(ticket!.id, "Are you still there?");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("WHATSAPP_WINDOW_CLOSED");
    const ws = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, ws.admin.personId);
    const template = await call(http.app, {
      method: "POST",
      url: "/api/v1/whatsapp/templates",
      as: admin,
      body: { name: "follow_up", language: "en_US", parameters: ["ticket number"] },
    });
    expect(template.statusCode).toBe(201);
    const wrong = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket!.id}/whatsapp/templates`,
      as: agent,
      body: { templateId: template.json().id, parameters: [] },
    });
    expect(wrong.statusCode).toBe(422);
    const sent = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket!.id}/whatsapp/templates`,
      as: agent,
      body: { templateId: template.json().id, parameters: [`#${ticket!.number}`] },
    });
    expect(sent.statusCode).toBe(202);
    await runWhatsappJobs(deps());
    expect(graph.messages.at(-1)?.body).toMatchObject({
      to: "16505551234",
      type: "template",
      template: {
        name: "follow_up",
        language: { code: "en_US" },
        components: [{ type: "body", parameters: [{ type: "text", text: `#${ticket!.number}` }] }],
      },
    });
    // Its own ticket event, which the WhatsApp message points at with its delivery …
    const history = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}/events`, as: agent })
    ).json().items as Array<{ seq: number; type: string; data: Record<string, unknown> }>;
    expect(history.at(-1)).toMatchObject({
      seq: sent.json().eventSeq,
      type: "whatsapp_template",
      data: { messageId: sent.json().id, name: "follow_up", language: "en_US", parameters: [`#${ticket!.number}`] },
    });
    const message = (await conversation(ticket!.id)).messages.find((m: { id: string }) => m.id === sent.json().id);
    expect(message).toMatchObject({ eventSeq: sent.json().eventSeq, status: "sent" });
    // … and not a response: the first-response clock still runs (docs/decisions/0014).
    const sla = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}/sla`, as: agent });
    expect(sla.json().clocks.find((c: { kind: string }) => c.kind === "first_response")).toMatchObject({
      state: "running",
    });
  });

  it("lets admins edit, set aside and remove templates and remove a number, audited; agents may not", async () => {
    const ws = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, ws.admin.personId);
    const created = await call(http.app, {
      method: "POST",
      url: "/api/v1/whatsapp/templates",
      as: admin,
      body: { name: "visit_notice", parameters: ["date"] },
    });
    const id = created.json().id as string;
    const patch = (as: Browser, body: unknown) =>
      call(http.app, { method: "PATCH", url: `/api/v1/whatsapp/templates/${id}`, as, body });
    expect((await patch(agent, { active: false })).statusCode).toBe(403);
    const changed = await patch(admin, { parameters: ["date", "time"], active: false });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: "visit_notice", parameters: ["date", "time"], active: false });
    expect((await patch(admin, { name: "Not A Name" })).json()).toMatchObject({ status: 422 });
    const remove = (url: string) => call(http.app, { method: "DELETE", url, as: admin });
    expect((await remove(`/api/v1/whatsapp/templates/${id}`)).statusCode).toBe(204);
    expect((await remove(`/api/v1/whatsapp/templates/${id}`)).statusCode).toBe(404);
    const number = await call(http.app, {
      method: "POST",
      url: "/api/v1/whatsapp/numbers",
      as: admin,
      body: {
        phoneNumberId: "555000111",
        number: "+923001234567",
        accessToken: "t",
        appSecret: "app-secret-never-shown",
        verifyToken: "v",
      },
    });
    expect(number.statusCode).toBe(201);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/whatsapp/numbers/${number.json().id}`, as: agent }))
        .statusCode,
    ).toBe(403);
    expect((await remove(`/api/v1/whatsapp/numbers/${number.json().id}`)).statusCode).toBe(204);
    const listed = await call(http.app, { method: "GET", url: "/api/v1/whatsapp/numbers", as: admin });
    expect(listed.json().items).toEqual([]);
    const audit = await call(http.app, { method: "GET", url: "/api/v1/audit?limit=50", as: admin });
    const actions = (audit.json().items as Array<{ action: string }>).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(["whatsapp_template.updated", "whatsapp_template.deleted", "whatsapp_number.deleted"]),
    );
    expect(JSON.stringify(audit.json())).not.toContain("app-secret-never-shown");
  });

  it("keeps a failed Graph send on the reply with Meta's reason", async () => {
    await receive(fixture("inbound-text.raw"));
    const [ticket] = await tickets();
    graph.refuseNext.push({ status: 400, code: 131047, message: "Re-engagement message" });
    await reply(ticket!.id, "Hello again");
    await runWhatsappJobs(deps());
    const out = (await conversation(ticket!.id)).messages[1];
    expect(out).toMatchObject({ status: "failed", lastError: expect.stringContaining("Re-engagement message") });
  });

  it("downloads an image through the Graph API into the ticket's files, with its caption as the text", async () => {
    graph.media.set("1234567890123456", { bytes: PNG, mimeType: "image/png" });
    await receive(fixture("inbound-image.json"));
    // On a busy machine the first download may time out: the retry job then brings the file.
    await runWhatsappJobs(deps());
    const [ticket] = await tickets();
    expect(ticket!.subject).toBe("Printer on 3rd floor shows this error");
    const files = await ctx.deps.db.select().from(attachments).where(eq(attachments.ticketId, ticket!.id));
    expect(files.map((f) => [f.filename, f.contentType, f.size])).toEqual([["image.png", "image/png", PNG.length]]);
  });

  it("keeps a message whose media download fails, with a note, and adds the file when a retry gets it", async () => {
    graph.media.set("2234567890123456", { bytes: Buffer.from("%PDF-1.4\n%fake\n"), mimeType: "application/pdf" });
    graph.failingMedia.add("2234567890123456");
    await receive(fixture("inbound-document.json"));
    const [ticket] = await tickets();
    const detail = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}`, as: agent })).json();
    expect(detail.description).toContain("Error log");
    expect(detail.description).toContain("could not be downloaded yet");
    graph.failingMedia.clear();
    await runWhatsappJobs(deps());
    const files = await ctx.deps.db.select().from(attachments).where(eq(attachments.ticketId, ticket!.id));
    expect(files.map((f) => f.filename)).toEqual(["Currículum café.pdf"]);
  });

  it("threads a reply by context.id, and a message after resolution reopens within the window, else opens a new ticket", async () => {
    await receive(fixture("inbound-text.raw"));
    const [first] = await tickets();
    await reply(first!.id, "Which colour?");
    await runWhatsappJobs(deps());
    const wamid = (await conversation(first!.id)).messages[1].wamid as string;
    await receive(
      inbound([
        {
          from: "16505551234",
          id: "wamid.BTN-1",
          timestamp: "1749416400",
          type: "interactive",
          context: { from: "15550783881", id: wamid },
          interactive: { type: "button_reply", button_reply: { id: "blue", title: "Blue" } },
        },
      ]),
    );
    expect(await tickets()).toHaveLength(1);
    await resolveTicket(first!.id);
    await later(3_600_000);
    await receive(
      inbound([{ from: "16505551234", id: "wamid.T-2", timestamp: "1", type: "text", text: { body: "Still broken" } }]),
    );
    expect((await tickets()).map((t) => t.status)).toEqual(["open"]);
    await resolveTicket(first!.id);
    await later((ctx.deps.config.WHATSAPP_REOPEN_HOURS + 1) * 3_600_000);
    await receive(
      inbound([{ from: "16505551234", id: "wamid.T-3", timestamp: "1", type: "text", text: { body: "New problem" } }]),
    );
    const all = (await tickets()).sort((a, b) => a.number - b.number);
    expect(all.map((t) => [t.subject, t.status])).toEqual([
      ["Does it come in another color?", "resolved"],
      ["New problem", "new"],
    ]);
  });

  it("keeps a 100,000-character message whole: the ticket shows what fits and attaches the whole text", async () => {
    const long = "x".repeat(100_000);
    await receive(
      inbound([{ from: "16505551234", id: "wamid.LONG", timestamp: "1", type: "text", text: { body: long } }]),
    );
    const [ticket] = await tickets();
    const files = await ctx.deps.db.select().from(attachments).where(eq(attachments.ticketId, ticket!.id));
    expect(files.map((f) => [f.filename, f.size])).toEqual([["message.txt", 100_000]]);
  });

  it("places a sender without a wa_id by their user id, and makes every message type ticket text", async () => {
    await receive(
      inbound(
        [
          {
            from_user_id: "US.13491208655302741918",
            id: "wamid.U-1",
            timestamp: "1",
            type: "location",
            location: { latitude: 24.86, longitude: 67.0, name: "Head office" },
          },
        ],
        { name: "No Number", waId: "" },
      ),
    );
    const [ticket] = await tickets();
    expect(ticket!.subject).toBe("Location: Head office (24.86, 67)");
    const rows = await ctx.deps.db.select().from(whatsappMessages);
    expect(rows.map((r) => r.waId)).toEqual(["user:US.13491208655302741918"]);
  });
});
