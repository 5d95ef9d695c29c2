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
  WA,
  whatsappSettings,
} from "../../../test/support/whatsapp.ts";
import type { Config } from "../../config/config.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { whatsappEvents, whatsappGroups } from "./whatsapp.tables.ts";

const settings: Record<string, unknown> = whatsappSettings();
let graph: GraphFake;
beforeAll(async () => {
  graph = await startGraphFake(WA.accessToken);
  settings.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.close());

const GROUP = "120363041234567890";

describeEachEngine("whatsapp groups", (ctx) => {
  const http = withApp(ctx, settings as Partial<Config>);
  const deps = () => ({ ...ctx.deps, config: { ...ctx.deps.config, ...(settings as Partial<Config>) } });
  let ws: Awaited<ReturnType<typeof buildWorkspace>>;
  let agent: Browser;
  let admin: Browser;
  beforeEach(async () => {
    graph.messages.length = 0;
    ws = await buildWorkspace(ctx.deps);
    agent = await sessionFor(ctx.deps, ws.agent.personId);
    admin = await sessionFor(ctx.deps, ws.admin.personId);
  });
  const receive = async (raw: Buffer) => {
    // Each webhook a second after the last: messages keep the order they arrived in.
    ctx.deps.clock.advance(1000);
    const res = await postWebhook(http.app, raw);
    expect(res.statusCode).toBe(200);
    await runWhatsappJobs(deps());
    return res.json() as { stored: number; replayed: number; ignored: number };
  };
  const group = async () =>
    (await ctx.deps.db.select().from(whatsappGroups).where(eq(whatsappGroups.groupId, GROUP)))[0];
  const inGroup = (id: string, body: string, from = "16505551234", name = "Sheena Nelson") =>
    inbound([{ from, group_id: GROUP, id, timestamp: "1764990300", type: "text", text: { body } }], {
      name,
      waId: from,
    });

  it("applies lifecycle, participants, settings and status updates to the group row; a replay is stored once", async () => {
    expect(await receive(fixture("group-lifecycle-create.json"))).toEqual({ stored: 1, replayed: 0, ignored: 0 });
    expect(await group()).toMatchObject({
      subject: "Acme IT help",
      state: "active",
      inviteLink: "https://chat.whatsapp.com/LINK_ID",
      participants: [],
    });
    await receive(fixture("group-participants-add.json"));
    expect((await group())!.participants).toEqual(["16505551234", "923001234567"]);
    await receive(fixture("group-participants-remove.json"));
    expect((await group())!.participants).toEqual(["16505551234"]);
    await receive(fixture("group-settings-update.json"));
    expect(await group()).toMatchObject({ subject: "Acme IT support", description: "Ask the help desk here" });
    await receive(fixture("group-status-suspend.json"));
    expect((await group())!.state).toBe("suspended");
    // Meta resends a notification byte for byte: stored once, applied once.
    expect(await receive(fixture("group-participants-add.json"))).toEqual({ stored: 0, replayed: 1, ignored: 0 });
    const events = await ctx.deps.db.select().from(whatsappEvents).where(eq(whatsappEvents.kind, "group"));
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.processedAt !== null)).toBe(true);
  });

  it("logs and ignores what it does not know in a group change: 200, nothing applied", async () => {
    const raw = Buffer.from(
      JSON.stringify({
        object: "whatsapp_business_account",
        entry: [
          {
            id: "1",
            changes: [
              {
                field: "group_status_update",
                value: {
                  messaging_product: "whatsapp",
                  metadata: { phone_number_id: WA.phoneNumberId },
                  groups: [{ group_id: GROUP, type: "group_something_new", timestamp: "1" }],
                  novelty: { x: 1 },
                },
              },
            ],
          },
        ],
      }),
    );
    expect(await receive(raw)).toEqual({ stored: 1, replayed: 0, ignored: 1 });
    const [event] = await ctx.deps.db.select().from(whatsappEvents);
    expect(event!.outcome).toMatch(/^ignored: group status type "group_something_new" unknown/);
    expect(await group()).toBeUndefined();
  });

  it("binds a group to an organization (admins, audited); members' messages open and join tickets there, and the agent answers in the group quoting the message", async () => {
    await receive(fixture("group-lifecycle-create.json"));
    const listed = await call(http.app, { method: "GET", url: "/api/v1/whatsapp/groups", as: admin });
    expect(listed.json().items).toMatchObject([{ groupId: GROUP, subject: "Acme IT help", organizationId: null }]);
    const forbidden = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/whatsapp/groups/${GROUP}`,
      as: agent,
      body: { organizationId: ws.client.id },
    });
    expect(forbidden.statusCode).toBe(403);
    const bound = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/whatsapp/groups/${GROUP}`,
      as: admin,
      body: { organizationId: ws.client.id },
    });
    expect(bound.statusCode).toBe(200);
    expect(bound.json()).toMatchObject({ groupId: GROUP, organizationId: ws.client.id });
    const audit = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.entityId, GROUP));
    expect(audit).toMatchObject([{ action: "whatsapp_group.bound", entity: "whatsapp_group" }]);
    const missing = await call(http.app, {
      method: "PATCH",
      url: "/api/v1/whatsapp/groups/999",
      as: admin,
      body: { organizationId: null },
    });
    expect(missing.statusCode).toBe(404);

    await receive(inGroup("wamid.G1", "The VPN drops every ten minutes"));
    await receive(inGroup("wamid.G2", "It started after the update"));
    await receive(inGroup("wamid.G3", "My printer is jammed", "923001234567", "Ali Raza"));
    const rows = await ctx.deps.db.select().from(tickets);
    expect(rows).toHaveLength(2);
    expect(rows.every((t) => t.organizationId === ws.client.id && t.channel === "whatsapp")).toBe(true);
    const vpn = rows.find((t) => t.subject === "The VPN drops every ten minutes")!;
    const thread = await call(http.app, { method: "GET", url: `/api/v1/tickets/${vpn.id}/whatsapp`, as: agent });
    expect(thread.json().messages.map((m: { wamid: string }) => m.wamid)).toEqual(["wamid.G1", "wamid.G2"]);
    // Both members were placed as requesters by their numbers, in the bound organization.
    expect(new Set(rows.map((t) => t.requesterId)).size).toBe(2);
    expect((await group())!.participants).toEqual(["16505551234", "923001234567"]);

    const answered = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${vpn.id}/replies`,
      as: agent,
      body: { body: "Please update the VPN client to 5.2." },
    });
    expect(answered.statusCode).toBe(201);
    await runWhatsappJobs(deps());
    expect(graph.messages).toEqual([
      {
        phoneNumberId: WA.phoneNumberId,
        authorization: `Bearer ${WA.accessToken}`,
        body: {
          messaging_product: "whatsapp",
          recipient_type: "group",
          to: GROUP,
          context: { message_id: "wamid.G2" },
          type: "text",
          text: { preview_url: false, body: "Please update the VPN client to 5.2." },
        },
      },
    ]);
    // A one-to-one message from the same member is another conversation: it does not join the group's ticket.
    await receive(
      inbound([{ from: "16505551234", id: "wamid.D1", timestamp: "1764990400", type: "text", text: { body: "Hi" } }]),
    );
    expect(await ctx.deps.db.select().from(tickets)).toHaveLength(3);
  });

  it("sends a template on a group's ticket to the group, quoting the member's message, not to the member alone", async () => {
    await receive(fixture("group-lifecycle-create.json"));
    await call(http.app, {
      method: "PATCH",
      url: `/api/v1/whatsapp/groups/${GROUP}`,
      as: admin,
      body: { organizationId: ws.client.id },
    });
    await receive(inGroup("wamid.G1", "The VPN drops every ten minutes"));
    const [ticket] = await ctx.deps.db.select().from(tickets);
    // A day later the window has closed: a template is the one way to write.
    ctx.deps.clock.advance(25 * 3_600_000);
    agent = await sessionFor(ctx.deps, ws.agent.personId);
    admin = await sessionFor(ctx.deps, ws.admin.personId);
    const template = await call(http.app, {
      method: "POST",
      url: "/api/v1/whatsapp/templates",
      as: admin,
      body: { name: "follow_up", language: "en_US", parameters: ["ticket number"] },
    });
    const sent = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket!.id}/whatsapp/templates`,
      as: agent,
      body: { templateId: template.json().id, parameters: [`#${ticket!.number}`] },
    });
    expect(sent.statusCode).toBe(202);
    await runWhatsappJobs(deps());
    expect(graph.messages).toEqual([
      {
        phoneNumberId: WA.phoneNumberId,
        authorization: `Bearer ${WA.accessToken}`,
        body: {
          messaging_product: "whatsapp",
          recipient_type: "group",
          to: GROUP,
          context: { message_id: "wamid.G1" },
          type: "template",
          template: {
            name: "follow_up",
            language: { code: "en_US" },
            components: [{ type: "body", parameters: [{ type: "text", text: `#${ticket!.number}` }] }],
          },
        },
      },
    ]);
    const thread = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}/whatsapp`, as: agent });
    expect(thread.json().messages.at(-1)).toMatchObject({ id: sent.json().id, status: "sent" });
  });
});
