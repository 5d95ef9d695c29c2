import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildGroup, buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { ensureChatChannels } from "./ensure-chat-channels.ts";

// Issue 14: the widget's data-channel key names a chat channel an admin made, tied to a group's queue; no key is the
// default channel; an unknown or switched-off key is refused before anything is stored.
describeEachEngine("chat channels", (ctx) => {
  const http = withApp(ctx);
  beforeEach(() => ensureChatChannels(ctx.deps));
  const visitor = { name: "Ayesha Khan", email: "ayesha@example.com", message: "My VPN drops" };
  const startChat = (body: Record<string, unknown>) =>
    call(http.app, { method: "POST", url: "/api/v1/public/chat/sessions", body: { ...visitor, ...body } });

  async function setUp() {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const l2Agent = await buildPerson(ctx.deps, w.provider.id, "agent");
    const l2 = await buildGroup(ctx.deps, { name: "L2 Infrastructure", tier: 2, members: [l2Agent.id] });
    return {
      w,
      admin,
      l2,
      l2Agent: await sessionFor(ctx.deps, l2Agent.id),
      l1Agent: await sessionFor(ctx.deps, w.agent.personId),
    };
  }
  const create = (as: Awaited<ReturnType<typeof sessionFor>>, body: Record<string, unknown>) =>
    call(http.app, { method: "POST", url: "/api/v1/chat/channels", as, body });
  const patch = (as: Awaited<ReturnType<typeof sessionFor>>, id: string, body: Record<string, unknown>) =>
    call(http.app, { method: "PATCH", url: `/api/v1/chat/channels/${id}`, as, body });
  const waitingFor = async (as: Awaited<ReturnType<typeof sessionFor>>) =>
    ((await call(http.app, { method: "GET", url: "/api/v1/chats", as })).json().waiting as Array<{ id: string }>).map(
      (c) => c.id,
    );

  it("puts a chat on a channel's key in that channel's group queue, and only that group's agents see it waiting", async () => {
    const s = await setUp();
    const made = await create(s.admin, { key: "intranet", name: "Intranet", groupId: s.l2.id });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ key: "intranet", groupId: s.l2.id, active: true, isDefault: false });

    const res = await startChat({ channel: "intranet" });
    expect(res.statusCode, res.body).toBe(201);
    const { chatId } = res.json() as { chatId: string };
    expect(await waitingFor(s.l2Agent)).toEqual([chatId]);
    expect(await waitingFor(s.l1Agent)).toEqual([]);
    const chat = await call(http.app, { method: "GET", url: `/api/v1/chats/${chatId}`, as: s.l2Agent });
    expect(chat.json().chat).toMatchObject({ channel: "intranet", groupId: s.l2.id });
  });

  it("uses the default channel when the widget names none, and follows the default when an admin moves it", async () => {
    const s = await setUp();
    const first = await startChat({});
    expect(first.statusCode, first.body).toBe(201);
    const read = await call(http.app, {
      method: "GET",
      url: `/api/v1/public/chat/sessions/${first.json().chatId}`,
      headers: { "x-chat-token": first.json().token },
    });
    expect(read.json().chat.channel).toBe("website");

    const made = await create(s.admin, { key: "helpdesk", name: "Help desk", groupId: s.l2.id, isDefault: true });
    expect(made.json().isDefault).toBe(true);
    const list = await call(http.app, { method: "GET", url: "/api/v1/chat/channels", as: s.admin });
    expect(list.json().items.map((c: { key: string; isDefault: boolean }) => [c.key, c.isDefault])).toEqual([
      ["helpdesk", true],
      ["website", false],
    ]);
    const second = await startChat({});
    expect(await waitingFor(s.l2Agent)).toEqual([second.json().chatId]);
  });

  it("refuses an unknown or switched-off key with a problem naming body.channel, and stores nothing", async () => {
    const s = await setUp();
    const made = await create(s.admin, { key: "old-site", name: "Old site", groupId: null });
    expect((await patch(s.admin, made.json().id, { active: false })).json().active).toBe(false);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ channel: "made-up" }, "CHAT_CHANNEL_UNKNOWN"],
      [{ channel: "old-site" }, "CHAT_CHANNEL_INACTIVE"],
    ];
    for (const [body, code] of cases) {
      const res = await startChat(body);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ code, errors: [{ field: "body.channel" }] });
      const left = await call(http.app, {
        method: "POST",
        url: "/api/v1/public/chat/messages",
        body: { ...visitor, ...body },
      });
      expect(left.json()).toMatchObject({ code, errors: [{ field: "body.channel" }] });
    }
    expect(await ctx.deps.db.select().from(tickets)).toEqual([]);
  });

  it("lets only admins manage channels, refuses a taken key, an unknown group and a default switched off, and audits each change", async () => {
    const s = await setUp();
    expect((await call(http.app, { method: "GET", url: "/api/v1/chat/channels", as: s.l1Agent })).statusCode).toBe(403);
    expect((await create(s.l1Agent, { key: "x", name: "X" })).statusCode).toBe(403);
    const taken = await create(s.admin, { key: "website", name: "Again" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe("body.key");
    const group = await create(s.admin, { key: "x", name: "X", groupId: "00000000-0000-4000-8000-000000000000" });
    expect(group.statusCode).toBe(422);
    expect(group.json().errors[0].field).toBe("body.groupId");
    const bad = await create(s.admin, { key: "Not A Key", name: "" });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body.key", "body.name"]);

    const list = await call(http.app, { method: "GET", url: "/api/v1/chat/channels", as: s.admin });
    const website = list.json().items[0] as { id: string };
    const off = await patch(s.admin, website.id, { active: false });
    expect(off.statusCode).toBe(409);
    expect(off.json()).toMatchObject({ code: "CHAT_CHANNEL_DEFAULT_NEEDED", errors: [{ field: "body.active" }] });
    const undefaulted = await patch(s.admin, website.id, { isDefault: false });
    expect(undefaulted.json().errors[0].field).toBe("body.isDefault");
    const missing = await patch(s.admin, "00000000-0000-4000-8000-000000000000", { name: "Nobody" });
    expect(missing.statusCode).toBe(404);

    const renamed = await patch(s.admin, website.id, { name: "Public website", groupId: s.l2.id });
    expect(renamed.json()).toMatchObject({ name: "Public website", groupId: s.l2.id, key: "website" });
    const audit = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.entity, "chat_channel"));
    expect(audit.map((a) => a.action)).toEqual(["chat_channel.updated"]);
    expect(audit[0]!.changes).toEqual({
      name: { from: "Website", to: "Public website" },
      groupId: { from: null, to: s.l2.id },
    });
  });
});
