import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, upload, withApp, type Browser } from "../../../test/support/http.ts";
import { people } from "../../identity/identity.tables.ts";
import { liveFrameFor, ticketChangeMessage } from "../live/live.ts";
import { loadEventsUnscoped } from "../ticket/ticket.store.ts";

// An attachment has the visibility of the message that carries it; one on no message yet is its uploader's and staff's.
describeEachEngine("attachment visibility (the requester-view policy on every read path)", (ctx) => {
  const http = withApp(ctx);

  async function setUp() {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { requesterId: w.requester.personId });
    const url = `/api/v1/tickets/${ticket.id}`;
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const put = async (as: Browser, filename: string) =>
      (
        await upload(http.app, {
          url: `${url}/attachments`,
          as,
          filename,
          bytes: `${filename} bytes`,
          contentType: "text/plain",
        })
      ).json().id as string;
    const noteFile = await put(agent, "note-only.txt");
    const replyFile = await put(agent, "for-you.txt");
    const agentDraft = await put(agent, "agent-draft.txt");
    const ownDraft = await put(requester, "my-draft.txt");
    const note = await call(http.app, {
      method: "POST",
      url: `${url}/notes`,
      as: agent,
      body: { body: "Internal: see the log", attachmentIds: [noteFile] },
    });
    expect(note.statusCode, note.body).toBe(201);
    const reply = await call(http.app, {
      method: "POST",
      url: `${url}/replies`,
      as: agent,
      body: { body: "Here is the guide", attachmentIds: [replyFile] },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    return { w, ticket, url, agent, requester, noteFile, replyFile, agentDraft, ownDraft };
  }

  const names = (res: { json(): { items: Array<{ filename: string }> } }) =>
    res
      .json()
      .items.map((a) => a.filename)
      .sort();

  it("a requester cannot list an attachment that only an internal note carries, nor a staff upload not yet sent", async () => {
    const s = await setUp();
    const mine = await call(http.app, { method: "GET", url: `${s.url}/attachments`, as: s.requester });
    expect(mine.statusCode).toBe(200);
    expect(names(mine)).toEqual(["for-you.txt", "my-draft.txt"]);
    const staff = await call(http.app, { method: "GET", url: `${s.url}/attachments`, as: s.agent });
    expect(names(staff)).toEqual(["agent-draft.txt", "for-you.txt", "my-draft.txt", "note-only.txt"]);
  });

  it("a requester cannot fetch an attachment that only an internal note carries (404, as if it did not exist)", async () => {
    const s = await setUp();
    for (const id of [s.noteFile, s.agentDraft]) {
      const res = await call(http.app, { method: "GET", url: `${s.url}/attachments/${id}`, as: s.requester });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: "ATTACHMENT_NOT_FOUND", errors: [{ field: "params.attachmentId" }] });
    }
    const onReply = await call(http.app, {
      method: "GET",
      url: `${s.url}/attachments/${s.replyFile}`,
      as: s.requester,
    });
    expect(onReply.statusCode).toBe(200);
    expect(onReply.body).toBe("for-you.txt bytes");
    expect(onReply.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(
      (await call(http.app, { method: "GET", url: `${s.url}/attachments/${s.ownDraft}`, as: s.requester })).statusCode,
    ).toBe(200);
    expect((await call(http.app, { method: "GET", url: `${s.url}/attachments/${s.noteFile}`, as: s.agent })).body).toBe(
      "note-only.txt bytes",
    );
  });

  it("an upload on no message yet is visible to its uploader and staff only, not to a colleague who manages the organization", async () => {
    const s = await setUp();
    await ctx.deps.db.update(people).set({ orgManager: true }).where(eq(people.id, s.w.colleague.personId));
    const manager = await sessionFor(ctx.deps, s.w.colleague.personId);
    expect(names(await call(http.app, { method: "GET", url: `${s.url}/attachments`, as: manager }))).toEqual([
      "for-you.txt",
    ]);
    expect(
      (await call(http.app, { method: "GET", url: `${s.url}/attachments/${s.ownDraft}`, as: manager })).statusCode,
    ).toBe(404);
    expect(
      (await call(http.app, { method: "GET", url: `${s.url}/attachments/${s.ownDraft}`, as: s.agent })).statusCode,
    ).toBe(200);
  });

  it("once a public reply carries an upload, the requester sees it even if a note carried it first", async () => {
    const s = await setUp();
    const shared = await call(http.app, {
      method: "POST",
      url: `${s.url}/replies`,
      as: s.agent,
      body: { body: "Sharing the log after all", attachmentIds: [s.noteFile] },
    });
    expect(shared.statusCode).toBe(201);
    expect(names(await call(http.app, { method: "GET", url: `${s.url}/attachments`, as: s.requester }))).toEqual([
      "for-you.txt",
      "my-draft.txt",
      "note-only.txt",
    ]);
  });

  it("a requester cannot put a file kept from them on their own reply", async () => {
    const s = await setUp();
    const res = await call(http.app, {
      method: "POST",
      url: `${s.url}/replies`,
      as: s.requester,
      body: { body: "Thanks", attachmentIds: [s.noteFile] },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "ATTACHMENT_NOT_FOUND", errors: [{ field: "body.attachmentIds" }] });
    const ok = await call(http.app, {
      method: "POST",
      url: `${s.url}/replies`,
      as: s.requester,
      body: { body: "Screenshot attached", attachmentIds: [s.ownDraft] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it("the requester's history shows the reply's attachment and nothing of the note", async () => {
    const s = await setUp();
    const history = (await call(http.app, { method: "GET", url: `${s.url}/events`, as: s.requester })).json()
      .items as Array<{ type: string; data: { attachmentIds?: string[] } }>;
    expect(history.map((e) => e.type)).toEqual(["created", "replied", "changed"]);
    expect(JSON.stringify(history)).not.toContain(s.noteFile);
    expect(history[1]!.data.attachmentIds).toEqual([s.replyFile]);
    const staffHistory = (await call(http.app, { method: "GET", url: `${s.url}/events`, as: s.agent })).json()
      .items as Array<{ type: string }>;
    expect(staffHistory.map((e) => e.type)).toEqual(["created", "noted", "replied", "changed"]);
  });

  it("the live stream tells the requester of the reply, never of the note that carried a file", async () => {
    const s = await setUp();
    const events = await loadEventsUnscoped(ctx.deps.db, s.ticket.id);
    const after = {
      organizationId: s.w.client.id,
      requesterId: s.w.requester.personId,
      groupId: s.w.group.id,
      assigneeId: null,
      followerIds: [] as string[],
    };
    const frame = (batch: typeof events) =>
      liveFrameFor(s.w.requester, ticketChangeMessage({ id: s.ticket.id, number: s.ticket.number, after }, batch));
    const noteBatch = events.filter((e) => e.type === "noted");
    expect(frame(noteBatch)).toBeUndefined();
    expect(
      liveFrameFor(
        s.w.agent,
        ticketChangeMessage(
          { id: s.ticket.id, number: s.ticket.number, after: { ...after, assigneeId: s.w.agent.personId } },
          noteBatch,
        ),
      ),
    ).toContain('"change":"noted"');
    expect(frame(events.filter((e) => e.type === "replied"))).toContain('"change":"replied"');
  });
});
