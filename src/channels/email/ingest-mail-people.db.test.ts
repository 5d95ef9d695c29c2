import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildGroup, buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { people } from "../../identity/identity.tables.ts";
import { routingRules } from "../../tickets/ticket.tables.ts";
import { getTicket, getTicketHistory } from "../../tickets/ticket/get-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { mailboxes } from "./mail.tables.ts";

// Who a mail brings onto a ticket besides its sender (Cc'd people we know follow it; an agent's forward is for its
// first sender) and what the mailbox opens it with.
describeEachEngine("ingest a mail: the people on it", (ctx) => {
  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example", inboundKind: "smtp" });
    const ali = await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "ali.raza@indus-textiles.example",
      name: "Ali Raza",
    });
    const sana = await buildPerson(ctx.deps, ws.client.id, "requester", {
      email: "sana@indus-textiles.example",
      name: "Sana",
    });
    return { ...ws, ali, sana };
  }
  const ingest = (raw: Buffer) => ingestMail(ctx.deps, { raw });
  const emailOf = async (id: string) => (await ctx.deps.db.select().from(people).where(eq(people.id, id)))[0]!.email;

  it("makes the known people in Cc followers of the new ticket, through its created event; strangers and our mailbox are skipped", async () => {
    const ws = await desk();
    const agentEmail = await emailOf(ws.agent.personId);
    const cc = `Sana <SANA@indus-textiles.example>, nobody@nowhere.example, support@frontline.example, ${agentEmail}`;
    expect(await ingest(eml({ cc }))).toMatchObject({ outcome: "created" });
    const ticket = await getTicket(ctx.deps, ws.agent, "10001");
    expect(ticket.followerIds).toEqual(expect.arrayContaining([ws.sana.id, ws.agent.personId]));
    expect(ticket.followerIds).not.toContain(ws.ali.id);
    const { events } = await getTicketHistory(ctx.deps, ws.agent, "10001");
    expect(events[0]).toMatchObject({
      type: "created",
      data: { followerIds: expect.arrayContaining([ws.sana.id, ws.agent.personId]) },
    });
    expect(await ctx.deps.db.select().from(people).where(eq(people.email, "nobody@nowhere.example"))).toHaveLength(0);
  });

  it("adds people Cc'd on a reply as followers on its replied event", async () => {
    const ws = await desk();
    await ingest(eml());
    const agentEmail = await emailOf(ws.agent.personId);
    expect(await ingest(eml({ subject: "Re: [#10001] Printer", cc: agentEmail }))).toMatchObject({
      outcome: "replied",
    });
    const { events } = await getTicketHistory(ctx.deps, ws.agent, "10001");
    expect(events.find((e) => e.type === "replied")).toMatchObject({ data: { followerIds: [ws.agent.personId] } });
    expect((await getTicket(ctx.deps, ws.agent, "10001")).followerIds).toContain(ws.agent.personId);
  });

  it("opens a ticket with its mailbox's default group and priority, the priority recorded as an override", async () => {
    const ws = await desk();
    const printers = await buildGroup(ctx.deps, { name: "Printers" });
    await ctx.deps.db.update(mailboxes).set({ defaultGroupId: printers.id, defaultPriority: "high" });
    await ingest(eml());
    const ticket = await getTicket(ctx.deps, ws.admin, "10001");
    expect(ticket).toMatchObject({
      groupId: printers.id,
      priority: "high",
      priorityOverride: "default of the mailbox support@frontline.example",
    });
  });

  it("lets a matching routing rule win over the mailbox's default group", async () => {
    const ws = await desk();
    const printers = await buildGroup(ctx.deps, { name: "Printers" });
    const network = await buildGroup(ctx.deps, { name: "Network" });
    await ctx.deps.db
      .insert(routingRules)
      .values({ name: "Mail to network", position: 1, channel: "email", groupId: network.id });
    await ctx.deps.db.update(mailboxes).set({ defaultGroupId: printers.id });
    await ingest(eml());
    const ticket = await getTicket(ctx.deps, ws.admin, "10001");
    expect(ticket).toMatchObject({ groupId: network.id, priorityOverride: null });
  });

  it("opens an agent's forward that replies to nothing for the first sender it names, recorded by the agent", async () => {
    const ws = await desk();
    const agentEmail = await emailOf(ws.agent.personId);
    const text =
      "Can someone look at this?\n\n---------- Forwarded message ---------\nFrom: Sana <sana@indus-textiles.example>\nIt broke.";
    expect(await ingest(eml({ from: agentEmail, subject: "Fwd: VPN down", text }))).toMatchObject({
      outcome: "created",
    });
    expect(await getTicket(ctx.deps, ws.agent, "10001")).toMatchObject({ requesterId: ws.sana.id, channel: "email" });
    const { events } = await getTicketHistory(ctx.deps, ws.agent, "10001");
    expect(events[0]).toMatchObject({ actorId: ws.sana.id, data: { recordedBy: ws.agent.personId } });

    await ingest(
      eml({
        from: agentEmail,
        subject: "Fwd: from a stranger",
        text: "Von: Jonas <jonas@weber.example>\nGesendet: heute",
      }),
    );
    const [jonas] = await ctx.deps.db.select().from(people).where(eq(people.email, "jonas@weber.example"));
    expect(await getTicket(ctx.deps, ws.agent, "10002")).toMatchObject({ requesterId: jonas!.id });

    await ingest(eml({ from: agentEmail, subject: "My own laptop", text: "My laptop will not start." }));
    expect(await getTicket(ctx.deps, ws.agent, "10003")).toMatchObject({ requesterId: ws.agent.personId });
  });
});
