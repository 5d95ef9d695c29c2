import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { ensureRemoteTools } from "./ensure-remote-tools.ts";
import { remoteSessions, remoteTools } from "./remote.tables.ts";

describeEachEngine("remote sessions", (ctx) => {
  const http = withApp(ctx);

  async function setUp() {
    const w = await buildWorkspace(ctx.deps);
    await ensureRemoteTools(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { groupId: w.group.id });
    const [rustdesk] = await ctx.deps.db.select().from(remoteTools).where(eq(remoteTools.name, "RustDesk"));
    return {
      w,
      ticket,
      rustdesk: rustdesk!,
      agent: await sessionFor(ctx.deps, w.agent.personId),
      requester: await sessionFor(ctx.deps, w.requester.personId),
      admin: await sessionFor(ctx.deps, w.admin.personId),
    };
  }
  type As = Parameters<typeof call>[1]["as"];
  const post = (url: string, as: As, body?: unknown) =>
    call(http.app, { method: "POST", url, as, ...(body === undefined ? {} : { body }) });
  const history = async (id: string, as: As) =>
    (await call(http.app, { method: "GET", url: `/api/v1/tickets/${id}/events`, as })).json().items as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;

  it("seeds the tools, RDP to web-based, with RustDesk's launch link", async () => {
    const { agent } = await setUp();
    const res = await call(http.app, { method: "GET", url: "/api/v1/remote-tools", as: agent });
    expect(res.json().items.map((t: { name: string }) => t.name)).toEqual([
      "RDP",
      "SSH",
      "AnyDesk",
      "RustDesk",
      "TeamViewer",
      "Quick Assist",
      "Web-based",
    ]);
  });

  it("refuses to start before the requester consents (409), then runs with consent given in the portal", async () => {
    const { w, ticket, rustdesk, agent, requester } = await setUp();
    const asked = await post(`/api/v1/tickets/${ticket.id}/remote-sessions`, agent, {
      toolId: rustdesk.id,
      sessionRef: "123 456 789",
      purpose: "Reinstall the printer driver",
    });
    expect(asked.statusCode).toBe(201);
    const session = asked.json();
    expect(session).toMatchObject({
      status: "awaiting_consent",
      launchUrl: "rustdesk://123%20456%20789",
      tool: { name: "RustDesk" },
    });

    const early = await post(`/api/v1/remote-sessions/${session.id}/start`, agent);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: "REMOTE_CONSENT_REQUIRED" });
    const [row] = await ctx.deps.db.select().from(remoteSessions).where(eq(remoteSessions.id, session.id));
    expect(row!.startedAt).toBeNull();

    // The requester sees their own instructions, no agent link, and consents in the portal.
    const theirs = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${ticket.id}/remote-sessions`,
      as: requester,
    });
    expect(theirs.json().items[0]).toMatchObject({ launchUrl: null, notes: null });
    expect(theirs.json().items[0].instructions).toContain("RustDesk");
    const consent = await post(`/api/v1/remote-sessions/${session.id}/consent`, requester);
    expect(consent.json()).toMatchObject({ status: "consented", consentVia: "portal" });
    expect((await post(`/api/v1/remote-sessions/${session.id}/consent`, requester)).statusCode).toBe(409);

    expect((await post(`/api/v1/remote-sessions/${session.id}/start`, agent)).json().status).toBe("active");
    const ended = await post(`/api/v1/remote-sessions/${session.id}/end`, agent, {
      notes: "Driver reinstalled, test page printed.",
      outcome: "resolved",
    });
    expect(ended.json()).toMatchObject({ status: "ended", outcome: "resolved" });

    const steps = (await history(ticket.id, agent)).filter((e) => e.type === "remote_session");
    expect(steps.map((e) => [e.data.action, e.data.via ?? e.data.outcome ?? null])).toEqual([
      ["requested", null],
      ["consented", "portal"],
      ["started", null],
      ["ended", "resolved"],
    ]);
    expect((await history(ticket.id, requester)).filter((e) => e.type === "remote_session")).toHaveLength(4);
    // Another requester's consent is not theirs to give; their ticket is not found.
    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    expect((await post(`/api/v1/remote-sessions/${session.id}/consent`, outsider)).statusCode).toBe(404);
  });

  it("lets an agent record consent given on the phone, and refuses a requester starting a session", async () => {
    const { ticket, rustdesk, agent, requester } = await setUp();
    const asked = await post(`/api/v1/tickets/${ticket.id}/remote-sessions`, agent, {
      toolId: rustdesk.id,
      sessionRef: "987654321",
      purpose: "Check the VPN client",
      consentOnPhone: true,
    });
    expect(asked.json()).toMatchObject({ status: "consented", consentVia: "phone" });
    expect((await post(`/api/v1/remote-sessions/${asked.json().id}/start`, requester)).statusCode).toBe(403);
    expect((await post(`/api/v1/remote-sessions/${asked.json().id}/start`, agent)).statusCode).toBe(200);
  });

  it("lets the requester decline a session awaiting their consent: it ends cancelled and can never start", async () => {
    const { ticket, rustdesk, agent, requester, w } = await setUp();
    const ask = () =>
      post(`/api/v1/tickets/${ticket.id}/remote-sessions`, agent, {
        toolId: rustdesk.id,
        sessionRef: "555 111 222",
        purpose: "Look at the printer driver",
      });
    const session = (await ask()).json();
    // Only the person whose computer it is says no: not the agent, not someone else.
    expect((await post(`/api/v1/remote-sessions/${session.id}/decline`, agent)).statusCode).toBe(403);
    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    expect((await post(`/api/v1/remote-sessions/${session.id}/decline`, outsider)).statusCode).toBe(404);

    const declined = await post(`/api/v1/remote-sessions/${session.id}/decline`, requester);
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: "ended", outcome: "cancelled", consentAt: null, startedAt: null });
    const start = await post(`/api/v1/remote-sessions/${session.id}/start`, agent);
    expect(start.statusCode).toBe(409);
    expect((await post(`/api/v1/remote-sessions/${session.id}/consent`, requester)).json().code).toBe(
      "REMOTE_SESSION_ENDED",
    );
    const ended = (await history(ticket.id, agent)).filter(
      (e) => e.type === "remote_session" && e.data.sessionId === session.id,
    );
    expect(ended.map((e) => [e.data.action, e.data.outcome ?? null])).toEqual([
      ["requested", null],
      ["ended", "cancelled"],
    ]);

    // Once allowed, it is no longer theirs to decline here (they end it in the tool; the agent ends the session).
    const other = (await ask()).json();
    await post(`/api/v1/remote-sessions/${other.id}/consent`, requester);
    const late = await post(`/api/v1/remote-sessions/${other.id}/decline`, requester);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("REMOTE_SESSION_ALREADY_CONSENTED");
  });

  it("refuses a launch template that would produce a javascript: URL (422 naming the field), and audits tool changes", async () => {
    const { admin, agent } = await setUp();
    const tool = {
      name: "Sneaky",
      launchTemplate: "javascript:alert({id})",
      agentInstructions: "",
      requesterInstructions: "",
      linkForRequester: true,
      active: true,
      position: 9,
    };
    for (const launchTemplate of ["javascript:alert({id})", " JAVASCRIPT:{id}", "data:text/html,{id}", "{id}"]) {
      const res = await post("/api/v1/remote-tools", admin, { ...tool, launchTemplate });
      expect(res.statusCode, launchTemplate).toBe(422);
      expect(res.json()).toMatchObject({ code: "REMOTE_TEMPLATE_UNSAFE", errors: [{ field: "body.launchTemplate" }] });
    }
    expect((await post("/api/v1/remote-tools", agent, { ...tool, launchTemplate: "mesh://{id}" })).statusCode).toBe(
      403,
    );
    const made = await post("/api/v1/remote-tools", admin, { ...tool, launchTemplate: "mesh://{id}" });
    expect(made.statusCode).toBe(201);
    const audit = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.entityId, made.json().id));
    expect(audit.map((a) => a.action)).toEqual(["remote_tool.created"]);
  });
});
