import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { ingestMail } from "./ingest-mail.ts";
import { mailboxes } from "./mail.tables.ts";

describeEachEngine("mail routes", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    return {
      ...ws,
      adminSession: await sessionFor(ctx.deps, ws.admin.personId),
      agentSession: await sessionFor(ctx.deps, ws.agent.personId),
    };
  }

  it("lists quarantined mail for admins, who release one into a ticket for the requester they name", async () => {
    const ws = await desk();
    const quarantined = await ingestMail(ctx.deps, { raw: eml({ from: null, subject: "Who am I" }) });
    expect(quarantined.outcome).toBe("quarantined");
    const list = await call(http.app, { method: "GET", url: "/api/v1/mail/quarantine", as: ws.adminSession });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ reason: "no sender address (From)", subject: "Who am I", fromAddress: null }),
    ]);
    const id = list.json().items[0].id as string;
    const released = await call(http.app, {
      method: "POST",
      url: `/api/v1/mail/quarantine/${id}/release`,
      body: { requesterId: ws.requester.personId },
      as: ws.adminSession,
    });
    expect(released.statusCode).toBe(200);
    expect(await getTicket(ctx.deps, ws.agent, String(released.json().number))).toMatchObject({
      subject: "Who am I",
      requesterId: ws.requester.personId,
      channel: "email",
    });
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/mail/quarantine", as: ws.adminSession })).json().items,
    ).toEqual([]);
    const again = await call(http.app, {
      method: "POST",
      url: `/api/v1/mail/quarantine/${id}/discard`,
      as: ws.adminSession,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("QUARANTINE_ALREADY_RESOLVED");
  });

  it("discards quarantined mail, and keeps the quarantine and outbox from agents", async () => {
    const ws = await desk();
    await ingestMail(ctx.deps, { raw: eml({ from: null }) });
    const [item] = (await call(http.app, { method: "GET", url: "/api/v1/mail/quarantine", as: ws.adminSession })).json()
      .items;
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/mail/quarantine", as: ws.agentSession })).statusCode,
    ).toBe(403);
    expect((await call(http.app, { method: "GET", url: "/api/v1/mail/outbox", as: ws.agentSession })).statusCode).toBe(
      403,
    );
    expect(
      (await call(http.app, { method: "POST", url: `/api/v1/mail/quarantine/${item.id}/discard`, as: ws.adminSession }))
        .statusCode,
    ).toBe(204);
    const missing = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/quarantine/00000000-0000-4000-8000-000000000000/discard",
      as: ws.adminSession,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("shows admins the local outbox: with no mail server, the acknowledgement is queued", async () => {
    const ws = await desk();
    await ingestMail(ctx.deps, { raw: eml({ from: `${ws.requester.name.toLowerCase()}@example.test` }) });
    const outbox = await call(http.app, { method: "GET", url: "/api/v1/mail/outbox", as: ws.adminSession });
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json().items).toEqual([
      expect.objectContaining({ kind: "acknowledgement", status: "queued", number: 10001 }),
    ]);
  });

  it("adds mailboxes, refusing a taken address and an unknown group by field", async () => {
    const ws = await desk();
    const body = { address: "Helpdesk@Frontline.example", senderName: "Help desk", defaultGroupId: ws.group.id };
    const created = await call(http.app, { method: "POST", url: "/api/v1/mail/mailboxes", body, as: ws.adminSession });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      address: "helpdesk@frontline.example",
      inboundKind: "smtp",
      defaultGroupId: ws.group.id,
    });
    const taken = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "SUPPORT@frontline.example" },
      as: ws.adminSession,
    });
    expect(taken.statusCode).toBe(409);
    const noGroup = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "x@frontline.example", defaultGroupId: "00000000-0000-4000-8000-000000000000" },
      as: ws.adminSession,
    });
    expect(noGroup.statusCode).toBe(422);
    const bad = await call(http.app, {
      method: "POST",
      url: "/api/v1/mail/mailboxes",
      body: { address: "not an address" },
      as: ws.adminSession,
    });
    expect(bad.statusCode).toBe(422);
    const list = await call(http.app, { method: "GET", url: "/api/v1/mail/mailboxes", as: ws.adminSession });
    expect(list.json().items.map((b: { address: string }) => b.address)).toEqual([
      "support@frontline.example",
      "helpdesk@frontline.example",
    ]);
  });
});
