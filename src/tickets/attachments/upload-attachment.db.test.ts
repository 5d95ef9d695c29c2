import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { attachmentsBelongTo, listAttachmentsUnscoped } from "./attachment.store.ts";
import { uploadAttachment } from "./upload-attachment.ts";

// The size limit is the use case's own rule, whatever reads the body (multipart, mail, a chat's media): a file of
// exactly ATTACHMENT_MAX_BYTES is stored, one byte more is refused before anything is written.

describeEachEngine("storing an attachment", (ctx) => {
  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId });
    return { w, ticket };
  }

  it("stores a file of exactly ATTACHMENT_MAX_BYTES and refuses one byte more, storing nothing", async () => {
    const { w, ticket } = await setup();
    const max = 4096; // the rule, not the default's 25 MB of sniffing and hashing
    const deps = { ...ctx.deps, config: { ...ctx.deps.config, ATTACHMENT_MAX_BYTES: max } };
    const stored = await uploadAttachment(deps, w.agent, ticket.id, {
      filename: "at-the-limit.bin",
      bytes: Buffer.alloc(max, 7),
    });
    expect(stored.size).toBe(max);

    await expect(
      uploadAttachment(deps, w.agent, ticket.id, { filename: "over.bin", bytes: Buffer.alloc(max + 1, 7) }),
    ).rejects.toMatchObject({ code: "ATTACHMENT_TOO_LARGE", field: "body.file" });
    expect((await listAttachmentsUnscoped(ctx.deps.db, ticket.id)).map((a) => a.filename)).toEqual([
      "at-the-limit.bin",
    ]);
  });

  it("refuses a ticket the uploader cannot see as not found, naming the ticket", async () => {
    const { w } = await setup();
    await expect(
      uploadAttachment(ctx.deps, w.agent, "00000000-0000-4000-8000-000000000001", {
        filename: "a.txt",
        bytes: Buffer.from("words"),
      }),
    ).rejects.toMatchObject({ code: "TICKET_NOT_FOUND", field: "params.id" });
  });

  it("lets a reply reference only files uploaded to its own ticket", async () => {
    const { w, ticket } = await setup();
    const other = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId });
    const file = (name: string) => ({ filename: name, bytes: Buffer.from(`text of ${name}`) });
    const own = await uploadAttachment(ctx.deps, w.agent, ticket.id, file("own.txt"));
    const own2 = await uploadAttachment(ctx.deps, w.agent, ticket.id, file("own2.txt"));
    const foreign = await uploadAttachment(ctx.deps, w.agent, other.id, file("foreign.txt"));

    expect(await attachmentsBelongTo(ctx.deps.db, ticket.id, [])).toBe(true);
    expect(await attachmentsBelongTo(ctx.deps.db, ticket.id, [own.id, own2.id])).toBe(true);
    expect(await attachmentsBelongTo(ctx.deps.db, ticket.id, [foreign.id])).toBe(false);
    expect(await attachmentsBelongTo(ctx.deps.db, ticket.id, [own.id, foreign.id])).toBe(false);
    expect(await attachmentsBelongTo(ctx.deps.db, ticket.id, ["00000000-0000-4000-8000-000000000002"])).toBe(false);
  });
});
