import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildTicket, buildWorkspace, actorFor } from "../../../test/support/factories.ts";
import type { Actor } from "../../identity/actor.ts";
import type { SearchItem } from "../../knowledge/search/search-item.ts";
import { addNote } from "../conversation/add-note.ts";
import { replyToTicket } from "../conversation/reply-to-ticket.ts";
import { updateTicket } from "../ticket/update-ticket.ts";
import { searchTickets } from "./search-tickets.ts";
import { refreshTicketSearchUnscoped } from "./ticket-search.store.ts";

describeEachEngine("ticket search", (ctx) => {
  const find = (actor: Actor | null, q: string): Promise<SearchItem[]> =>
    searchTickets(ctx.deps.db, actor, { q, limit: 20 });
  const numbers = async (actor: Actor | null, q: string) => (await find(actor, q)).map((i) => i.number);

  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const outlook = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      subject: "Outlook keeps asking for my password",
      description: "Since this morning, every 5 minutes.",
    });
    const printer = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.colleague.personId,
      subject: "Cannot print to the 3rd floor printer",
      description: "The queue is stuck.",
    });
    return { w, outlook, printer };
  }

  it("finds a ticket by words of its subject, across words, best first, with the number and a snippet", async () => {
    const { w, outlook } = await desk();
    const [hit, ...rest] = await find(w.agent, "outlook password");
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ kind: "ticket", id: outlook.id, number: outlook.number, title: outlook.state.subject });
    expect(hit!.score).toBeGreaterThan(0);
    expect(hit!.score).toBeLessThanOrEqual(1);
  });

  it("finds a word of a reply, highlighted in the snippet", async () => {
    const { w, printer } = await desk();
    await replyToTicket(ctx.deps, w.agent, printer.id, { body: "We replaced the fuser unit; try again." });
    const [hit] = await find(w.agent, "fuser");
    expect(hit).toMatchObject({ id: printer.id });
    expect(hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b).toLowerCase())).toContain("fuser");
  });

  it("finds by the requester's name and email, and by number with or without #", async () => {
    const { w, printer } = await desk();
    expect(await numbers(w.agent, w.colleague.name)).toEqual([printer.number]);
    expect(await numbers(w.agent, `${w.colleague.name}@example.test`)).toEqual([printer.number]);
    expect(await numbers(w.agent, String(printer.number))).toEqual([printer.number]);
    expect((await find(w.agent, `#${printer.number}`))[0]).toMatchObject({ number: printer.number, score: 1 });
  });

  it("leaves English stop words out of a query, and finds nothing for stop words alone", async () => {
    const { w, outlook, printer } = await desk();
    // "the" is in both tickets' 'simple' words: it neither narrows nor widens a query with other words.
    expect(await numbers(w.agent, "the outlook password")).toEqual([outlook.number]);
    expect(await numbers(w.agent, "the printer")).toEqual([printer.number]);
    expect(await find(w.agent, "the")).toEqual([]);
    expect(await find(w.agent, "is the")).toEqual([]);
  });

  it("matches the last word as a prefix and stems English words", async () => {
    const { w, outlook, printer } = await desk();
    expect(await numbers(w.agent, "outl")).toEqual([outlook.number]);
    expect(await numbers(w.agent, "printing")).toEqual([printer.number]);
    expect(await numbers(w.agent, "passwords asking")).toEqual([outlook.number]);
  });

  it("tolerates a typo, ranking such hits below exact ones", async () => {
    const { w, outlook } = await desk();
    const [hit] = await find(w.agent, "pasword");
    expect(hit).toMatchObject({ id: outlook.id });
    expect(hit!.score).toBeLessThan((await find(w.agent, "password"))[0]!.score);
    expect(await numbers(w.agent, "outlok pasword")).toEqual([outlook.number]);
  });

  it("finds Urdu text", async () => {
    const w = await buildWorkspace(ctx.deps);
    const urdu = await buildTicket(ctx.deps, w.requester, {
      subject: "پاس ورڈ بھول گیا",
      description: "میرا ای میل اکاؤنٹ بند ہو گیا ہے",
    });
    expect(await numbers(w.agent, "ورڈ")).toEqual([urdu.number]);
    expect(await numbers(w.requester, "اکاؤنٹ")).toEqual([urdu.number]);
  });

  it("ranks a subject match above a description match above a conversation match", async () => {
    const w = await buildWorkspace(ctx.deps);
    const inReply = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, subject: "Slow laptop" });
    await replyToTicket(ctx.deps, w.agent, inReply.id, { body: "Is the docking station connected?" });
    const inDescription = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      subject: "Second screen flickers",
      description: "Only on the docking station.",
    });
    const inSubject = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      subject: "Docking station dead",
    });
    expect(await numbers(w.agent, "docking")).toEqual([inSubject.number, inDescription.number, inReply.number]);
  });

  it("follows edits of the subject in the same transaction", async () => {
    const { w, printer } = await desk();
    await updateTicket(ctx.deps, w.agent, printer.id, { version: printer.state.version, subject: "Plotter jammed" });
    expect(await numbers(w.agent, "plotter")).toEqual([printer.number]);
    expect(await numbers(w.agent, "cannot print")).toEqual([]);
  });

  it("gives requesters only the tickets they may read, and never the text of internal notes", async () => {
    const { w, outlook, printer } = await desk();
    await addNote(ctx.deps, w.agent, outlook.id, { body: "Internal: the mailbox quarantine flagged kerberos" });
    expect(await numbers(w.agent, "kerberos")).toEqual([outlook.number]);
    expect(await numbers(w.requester, "kerberos")).toEqual([]);
    expect(await numbers(w.requester, "kerbero")).toEqual([]);
    const [own] = await find(w.requester, "outlook");
    expect(own).toMatchObject({ id: outlook.id });
    expect(own!.snippet).not.toContain("kerberos");
    // Another requester's ticket, even by its number or its requester's name.
    expect(await numbers(w.requester, "printer")).toEqual([]);
    expect(await numbers(w.requester, String(printer.number))).toEqual([]);
    expect(await numbers(w.outsider, "outlook")).toEqual([]);
  });

  it("gives an organization's manager its tickets, an agent only the tickets of their scope, anonymous nothing", async () => {
    const { w, outlook, printer } = await desk();
    const manager = actorFor({ ...(await buildPerson(ctx.deps, w.client.id)), orgManager: true });
    expect((await numbers(manager, "printer outlook")).length).toBe(0);
    expect(await numbers(manager, "printer")).toEqual([printer.number]);
    const stranger = actorFor(await buildPerson(ctx.deps, w.provider.id, "agent"));
    expect(await numbers(stranger, "outlook")).toEqual([]);
    expect(await numbers(w.admin, "outlook")).toEqual([outlook.number]);
    expect(await numbers(null, "outlook")).toEqual([]);
  });

  it("answers nothing, not an error, to only punctuation or a very long query", async () => {
    const { w } = await desk();
    expect(await find(w.agent, "?!… -- ##")).toEqual([]);
    expect(await find(w.agent, "x".repeat(500))).toEqual([]);
    expect(await find(w.agent, "a' | b:* & !(c")).toEqual([]);
  });

  it("finds matches far older than the newest tickets it looks at first, newest first among equals", async () => {
    const { w, outlook, printer } = await desk();
    // The printer ticket becomes 100,000 numbers newer than the Outlook one: for an admin (who sees every ticket and
    // so searches the newest spans of numbers first, NEWEST_WINDOWS) the Outlook ticket lies outside every span,
    // and is found by the search of every ticket.
    await ctx.deps.db.execute(sql`update tickets set number = number + 100000 where id = ${printer.id}`);
    await refreshTicketSearchUnscoped(ctx.deps.db, [printer.id]);
    expect(await numbers(w.admin, "outlook")).toEqual([outlook.number]);
    await replyToTicket(ctx.deps, w.agent, outlook.id, { body: "The printer next to you works with Outlook too." });
    expect(await numbers(w.admin, "printer")).toEqual([printer.number + 100000, outlook.number]);
    expect(await numbers(w.agent, "printer")).toEqual([printer.number + 100000, outlook.number]);
  });
});
