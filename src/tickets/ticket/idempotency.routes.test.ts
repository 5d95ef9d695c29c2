import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace, consultationForm } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp, type Browser } from "../../../test/support/http.ts";
import { withTwoProcesses } from "../../../test/support/processes.ts";
import { callLogs } from "../../channels/channels.tables.ts";
import { consultationRequests } from "../../feedback/feedback.tables.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { tickets } from "../ticket.tables.ts";

// A client that lost the answer to a create (dropped connection, timeout) retries with the same Idempotency-Key:
// it must get the first answer, never a second ticket, whichever process the retry reaches.
describeEachEngine("Idempotency-Key on creates a client may retry", (ctx) => {
  const apps = withTwoProcesses(ctx);

  async function setUp() {
    const w = await buildWorkspace(ctx.deps);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const body = {
      subject: "VPN drops every hour",
      description: "Since Monday.",
      impact: "person",
      urgency: "high",
      requesterId: w.requester.personId,
    };
    return { w, agent, body };
  }
  const open = (app: HttpServer, as: Browser | string, body: unknown, key?: string) =>
    call(app, {
      method: "POST",
      url: "/api/v1/tickets",
      body,
      as,
      ...(key ? { headers: { "idempotency-key": key } } : {}),
    });
  const ticketCount = async () => (await ctx.deps.db.select().from(tickets)).length;

  it("a retry with the same key and body answers the first result and opens one ticket, on any process", async () => {
    const { agent, body } = await setUp();
    const key = randomUUID();
    const first = await open(apps.a, agent, body, key);
    expect(first.statusCode).toBe(201);
    const again = await open(apps.b, agent, body, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    expect(await ticketCount()).toBe(1);
    // Without a key every request is its own.
    await open(apps.a, agent, body);
    expect(await ticketCount()).toBe(2);
  });

  it("the same key with another body is refused with 422 naming the header", async () => {
    const { agent, body } = await setUp();
    const key = randomUUID();
    await open(apps.a, agent, body, key);
    const other = await open(apps.b, agent, { ...body, subject: "Printer jammed" }, key);
    expect(other.statusCode).toBe(422);
    expect(other.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(other.json()).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      errors: [{ field: "header.idempotency-key" }],
    });
    expect(await ticketCount()).toBe(1);
  });

  it("duplicates sent at the same moment to two processes open exactly one ticket", async () => {
    const { agent, body } = await setUp();
    const key = randomUUID();
    const answers = await Promise.all(
      [apps.a, apps.b, apps.a, apps.b, apps.a, apps.b].map((app) => open(app, agent, body, key)),
    );
    expect(await ticketCount()).toBe(1);
    const created = answers.filter((a) => a.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.json().id)).size).toBe(1);
    for (const busy of answers.filter((a) => a.statusCode !== 201)) {
      expect(busy.json()).toMatchObject({ status: 409, code: "IDEMPOTENCY_KEY_IN_USE" });
      expect(busy.headers["retry-after"]).toBe("1");
    }
    // Once the first has answered, every retry gets its answer.
    expect((await open(apps.b, agent, body, key)).json().id).toBe(created[0]!.json().id);
  });

  it("keys belong to their caller: another person's same key is their own request", async () => {
    const { w, agent, body } = await setUp();
    const key = "shared-key-1";
    const colleague = await tokenFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "agent")).id, [
      "tickets:read",
      "tickets:write",
    ]);
    const mine = await open(apps.a, agent, body, key);
    const theirs = await open(apps.a, colleague, body, key);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it("a refused request gives its key back, and a key is forgotten after 24 hours", async () => {
    const { w, body } = await setUp();
    const agent = await tokenFor(ctx.deps, w.agent.personId, ["tickets:read", "tickets:write"]); // outlives the day
    const key = randomUUID();
    const refused = await open(apps.a, agent, { ...body, requesterId: w.outsider.organizationId }, key);
    expect(refused.statusCode).toBe(422);
    expect((await open(apps.a, agent, body, key)).statusCode).toBe(201);
    ctx.deps.clock.advance(24 * 3_600_000);
    const later = await open(apps.b, agent, body, key);
    expect(later.statusCode).toBe(201);
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
    expect(await ticketCount()).toBe(2);
  });

  it("refuses a malformed key, naming the header", async () => {
    const { agent, body } = await setUp();
    const bad = await open(apps.a, agent, body, "x".repeat(256));
    expect(bad.json()).toMatchObject({
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [{ field: "header.idempotency-key" }],
    });
    expect(await ticketCount()).toBe(0);
  });

  it("a retried reply or note is added once", async () => {
    const { agent, body } = await setUp();
    const ticket = (await open(apps.a, agent, body)).json();
    for (const path of ["replies", "notes"]) {
      const key = randomUUID();
      const send = (app: HttpServer) =>
        call(app, {
          method: "POST",
          url: `/api/v1/tickets/${ticket.id}/${path}`,
          body: { body: `Checked the ${path}.` },
          as: agent,
          headers: { "idempotency-key": key },
        });
      const first = await send(apps.a);
      expect(first.statusCode, first.body).toBe(201);
      expect((await send(apps.b)).json()).toEqual(first.json());
    }
    const events = (await call(apps.a, { method: "GET", url: `/api/v1/tickets/${ticket.id}/events`, as: agent })).json()
      .items as Array<{ type: string }>;
    expect(events.filter((e) => e.type === "replied" || e.type === "noted")).toHaveLength(2);
  });

  it("a retried logged call is logged once", async () => {
    const { w, agent } = await setUp();
    const caller = await buildPerson(ctx.deps, w.client.id, "requester", { phone: "+92 300 1234567" });
    const body = {
      callerNumber: "0300-1234567",
      callerId: caller.id,
      durationSeconds: 120,
      notes: "Reset the password.",
      outcome: "new_ticket",
      subject: "Locked out",
      impact: "person",
      urgency: "high",
    };
    const key = randomUUID();
    const first = await call(apps.a, {
      method: "POST",
      url: "/api/v1/calls",
      body,
      as: agent,
      headers: { "idempotency-key": key },
    });
    expect(first.statusCode, first.body).toBe(201);
    const again = await call(apps.b, {
      method: "POST",
      url: "/api/v1/calls",
      body,
      as: agent,
      headers: { "idempotency-key": key },
    });
    expect(again.json()).toEqual(first.json());
    expect(await ctx.deps.db.select().from(callLogs)).toHaveLength(1);
  });
});

describeEachEngine("Idempotency-Key on the public consultation form", (ctx) => {
  const http = withApp(ctx);
  const FORM = consultationForm();

  it("a resubmitted form with the same key asks once; another client's same key is its own", async () => {
    await ensureSlaDefaults(ctx.deps);
    const send = (remoteAddress: string) =>
      http.app.inject({
        method: "POST",
        url: "/api/v1/public/consultations",
        payload: FORM,
        remoteAddress,
        headers: { "idempotency-key": "form-submit-7f3a" },
      });
    const first = await send("198.51.100.20");
    expect(first.statusCode, first.body).toBe(201);
    const again = await send("198.51.100.20");
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await ctx.deps.db.select().from(consultationRequests)).toHaveLength(1);
    expect((await send("198.51.100.21")).json().reference).not.toBe(first.json().reference);
  });

  it("documents the header on every retryable create in the OpenAPI document", async () => {
    const doc = (await http.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const paths = [
      "/api/v1/tickets",
      "/api/v1/tickets/{id}/replies",
      "/api/v1/tickets/{id}/notes",
      "/api/v1/calls",
      "/api/v1/public/consultations",
    ];
    for (const path of paths) {
      const params = doc.paths[path].post.parameters as Array<{ in: string; name: string; description?: string }>;
      expect(
        params.find((p) => p.in === "header" && p.name === "idempotency-key"),
        path,
      ).toMatchObject({ description: expect.stringContaining("24 h") });
    }
  });
});
