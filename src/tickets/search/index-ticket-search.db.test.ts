import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { addNote } from "../conversation/add-note.ts";
import { replyToTicket } from "../conversation/reply-to-ticket.ts";
import { updateTicket } from "../ticket/update-ticket.ts";
import { refreshTicketSearchUnscoped } from "./ticket-search.store.ts";

describeEachEngine("indexing a ticket for search", (ctx) => {
  type Row = {
    conversation: string;
    notes: string;
    requester: string;
    staff: string;
    head: string;
    number: number;
    requester_id: string;
    organization_id: string;
    group_id: string | null;
    assignee_id: string | null;
    follower_ids: string[] | string;
  };
  async function searchRow(ticketId: string): Promise<Row> {
    const result = await ctx.deps.db.execute<Row>(sql`
      select x.conversation, x.notes, s.requester_document::text as requester, s.staff_document::text as staff,
        s.head_document::text as head, s.number, s.requester_id, s.organization_id, s.group_id, s.assignee_id,
        s.follower_ids
      from ticket_search s join ticket_search_texts x on x.ticket_id = s.ticket_id
      where s.ticket_id = ${ticketId}`);
    return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows)[0]!;
  }
  async function ticketScope(ticketId: string) {
    const result = await ctx.deps.db.execute<Row>(sql`
      select number, requester_id, organization_id, group_id, assignee_id, follower_ids
      from tickets where id = ${ticketId}`);
    return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows)[0]!;
  }
  const scopeOf = (r: Row) => ({
    number: r.number,
    requester_id: r.requester_id,
    organization_id: r.organization_id,
    group_id: r.group_id,
    assignee_id: r.assignee_id,
    follower_ids: r.follower_ids,
  });

  it("appends each reply and note, leaving the same row a full rebuild writes", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, {
      subject: "VPN drops every hour",
      description: "The VPN client disconnects and the the reconnect fails.",
    });
    // Stop words at the ends of messages, repeated words, Urdu, a long paste: positions must line up as in a rebuild.
    await replyToTicket(ctx.deps, w.agent, ticket.id, { body: "Which VPN client version do you run? It is the" });
    await addNote(ctx.deps, w.agent, ticket.id, { body: "Internal: the concentrator logged a certificate error" });
    await replyToTicket(ctx.deps, w.requester, ticket.id, { body: "وی پی این ورژن 5.2 ہے" });
    await replyToTicket(ctx.deps, w.agent, ticket.id, { body: "reconnect ".repeat(400) + "certificate renewed." });
    await addNote(ctx.deps, w.agent, ticket.id, { body: "Closed the change in the the CAB." });
    const appended = await searchRow(ticket.id);

    expect(appended.conversation).toBe(
      [
        "Which VPN client version do you run? It is the",
        "وی پی این ورژن 5.2 ہے",
        `${"reconnect ".repeat(400)}certificate renewed.`,
      ].join("\n"),
    );
    expect(appended.notes).toBe(
      "Internal: the concentrator logged a certificate error\nClosed the change in the the CAB.",
    );
    expect(appended.requester).toContain("'ورژن'");
    expect(appended.requester).not.toContain("concentr");
    expect(appended.staff).toContain("'concentr'");

    await refreshTicketSearchUnscoped(ctx.deps.db, [ticket.id]);
    expect(await searchRow(ticket.id)).toEqual(appended);
  });

  it("rewrites the whole row when the subject changes", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { subject: "Printer offline", description: "Floor 3." });
    const replied = await replyToTicket(ctx.deps, w.agent, ticket.id, { body: "Restarted the spooler." });
    await updateTicket(ctx.deps, w.agent, ticket.id, { version: replied.version, subject: "Plotter jammed" });
    const after = await searchRow(ticket.id);
    expect(after.requester).toContain("'plotter'");
    expect(after.requester).not.toContain("'printer'");
    expect(after.conversation).toBe("Restarted the spooler.");

    await refreshTicketSearchUnscoped(ctx.deps.db, [ticket.id]);
    expect(await searchRow(ticket.id)).toEqual(after);
  });

  it("keeps the ticket's number and scope columns in its search row as it is assigned and moved between groups", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, {
      subject: "Laptop fan loud",
      description: "Since Monday.",
    });
    expect(scopeOf(await searchRow(ticket.id))).toEqual(await ticketScope(ticket.id));
    expect((await searchRow(ticket.id)).head).toContain("'laptop':1A");

    const assigned = await updateTicket(ctx.deps, w.agent, ticket.id, {
      version: ticket.state.version,
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    const row = await searchRow(ticket.id);
    expect(row.group_id).toBe(w.group.id);
    expect(row.assignee_id).toBe(w.agent.personId);
    expect(scopeOf(row)).toEqual(await ticketScope(ticket.id));

    // Taken out of its group: the assignee is cleared with it, and the search row follows.
    await updateTicket(ctx.deps, w.agent, ticket.id, { version: assigned.version, groupId: null });
    const moved = await searchRow(ticket.id);
    expect(moved.group_id).toBeNull();
    expect(moved.assignee_id).toBeNull();
    expect(scopeOf(moved)).toEqual(await ticketScope(ticket.id));
  });
});
