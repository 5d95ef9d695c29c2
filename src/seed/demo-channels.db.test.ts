import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { chatMessages, chatSessions } from "../channels/chat/chat.tables.ts";
import { remoteSessions } from "../channels/remote/remote.tables.ts";
import { telephonyCalls } from "../channels/telephony/telephony.tables.ts";
import { whatsappGroups, whatsappMessages } from "../channels/whatsapp/whatsapp.tables.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { ticketVisits } from "../tickets/visits/visit.tables.ts";
import { SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { people, supportGroups } from "../identity/identity.tables.ts";
import { seedDemo } from "./demo.ts";
import { DEMO_PEOPLE } from "./demo-data.ts";
import { DEMO_WHATSAPP_GROUP, seedChannelDemo } from "./demo-channels.ts";

// Issue 15's "demo data for visits, chats, WhatsApp and calls", seeded over the demo workspace. Not yet called by
// seedDemo: wiring it in adds 6 demo tickets, and the tests that pin demo counts (two-processes, cli, search) must move
// with it (see the wp-3 report).
describeEachEngine("demo: the channels at work", (ctx) => {
  it("seeds calls, visits, a remote session, web chats and WhatsApp conversations, dated before now", async () => {
    await ensureSlaDefaults(ctx.deps);
    await seedDemo(ctx.deps);
    const db0 = ctx.deps.db;
    const everyone = await db0.select().from(people);
    const groupRows = await db0.select().from(supportGroups).orderBy(asc(supportGroups.tier));
    const who = (key: string): Actor => {
      const p = everyone.find((x) => x.email === DEMO_PEOPLE.find((d) => d.key === key)!.email)!;
      return {
        ...SYSTEM_ACTOR,
        personId: p.id,
        name: p.name,
        role: p.role,
        organizationId: p.organizationId,
        via: "session",
        groupIds: groupRows.map((g) => g.id),
      };
    };
    const ticketId = async (subject: string) =>
      (await db0.select({ id: tickets.id }).from(tickets).where(eq(tickets.subject, subject)))[0]!.id;
    const [l1, l2, l3] = groupRows.map((g) => g.id);
    await seedChannelDemo(ctx.deps, who, ticketId, { l1: l1!, l2: l2!, l3: l3! });
    const now = ctx.deps.clock.now().getTime();
    const db = ctx.deps.db;

    const all = await db.select().from(tickets).orderBy(asc(tickets.number));
    expect(all).toHaveLength(19);
    expect(all.slice(13).map((t) => t.channel)).toEqual(["phone", "chat", "chat", "chat", "whatsapp", "whatsapp"]);
    // Ali's message joined his open WhatsApp ticket (#10007) instead of opening one.
    const inbound = (await db.select().from(whatsappMessages)).filter((m) => m.direction === "in");
    expect(inbound.filter((m) => m.ticketId === all[6]!.id)).toHaveLength(2);

    // One answered call, two missed waiting for a callback: one overdue, one due later.
    const calls = await db.select().from(telephonyCalls).orderBy(asc(telephonyCalls.ringingAt));
    expect(calls.map((c) => [c.state, c.answeredAt !== null])).toEqual([
      ["ended", false],
      ["ended", true],
      ["ended", false],
    ]);
    const due = calls.filter((c) => c.callbackDueAt).map((c) => c.callbackDueAt!.getTime() < now);
    expect(due).toEqual([true, false]);

    // A visit done (travel, check-in, check-out, report) and its follow-up ahead.
    const visits = await db.select().from(ticketVisits).orderBy(asc(ticketVisits.windowStart));
    expect(visits.map((v) => v.status)).toEqual(["completed", "scheduled"]);
    const done = visits[0]!;
    expect(done.travelStartedAt! < done.arrivedAt! && done.arrivedAt! < done.departedAt!).toBe(true);
    expect(visits[1]!.windowStart.getTime()).toBeGreaterThan(now);

    const [session] = await db.select().from(remoteSessions);
    expect(session).toMatchObject({ outcome: "partly_resolved" });
    expect(session!.consentAt! < session!.startedAt!).toBe(true);

    // Chats: one ended with its transcript, one handed on to L2's queue, one waiting.
    const chats = await db.select().from(chatSessions).orderBy(asc(chatSessions.createdAt));
    expect(chats.map((c) => c.state)).toEqual(["ended", "waiting", "waiting"]);
    const transcript = (await db.select().from(chatMessages).orderBy(asc(chatMessages.id)))
      .filter((m) => m.sessionId === chats[0]!.id && m.sender !== "system")
      .map((m) => m.sender);
    expect(transcript).toEqual(["visitor", "agent", "visitor", "agent", "visitor"]);

    // WhatsApp: answers sent with their receipts, and a group bound to the client.
    const out = (await db.select().from(whatsappMessages)).filter((m) => m.direction === "out");
    expect(out.map((m) => m.status).sort()).toEqual(["delivered", "read"]);
    const [group] = await db.select().from(whatsappGroups);
    expect(group).toMatchObject({ groupId: DEMO_WHATSAPP_GROUP });
    expect(group!.organizationId).not.toBeNull();
    for (const t of all) expect(t.createdAt.getTime()).toBeLessThanOrEqual(now);
  });
});
