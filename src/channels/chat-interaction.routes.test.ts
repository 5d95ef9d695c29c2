import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";

// The test clock reads 2026-03-02T09:00:00Z (a Monday, within support hours).
describeEachEngine("hand-logged chat interactions", (ctx) => {
  const http = withApp(ctx);
  const setUp = async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    return { w, agent: await sessionFor(ctx.deps, w.agent.personId) };
  };
  const interaction = (requesterId: string, over: Record<string, unknown> = {}) => ({
    channel: "whatsapp",
    requesterId,
    askedAt: "2026-03-02T08:40:00Z",
    question: "Can someone reset my SAP password? (asked in the Finance WhatsApp group)",
    subject: "SAP password reset",
    answeredAt: "2026-03-02T08:52:00Z",
    answer: "Done: the temporary password is in your mail.",
    impact: "person",
    urgency: "medium",
    ...over,
  });

  it("opens the ticket at the instant asked and answers it at the instant answered, so the response clock counts the chat's times", async () => {
    const { w, agent } = await setUp();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/chat-interactions",
      as: agent,
      body: interaction(w.requester.personId),
    });
    expect(res.statusCode).toBe(201);
    const { ticket } = res.json();
    const events = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}/events`, as: agent }))
      .json()
      .items.map((e: { type: string; at: string; actorId: string; data: Record<string, unknown> }) => [
        e.type,
        e.at,
        e.data.fromStaff,
      ]);
    expect(events.slice(0, 2)).toEqual([
      ["created", "2026-03-02T08:40:00.000Z", true],
      ["replied", "2026-03-02T08:52:00.000Z", true],
    ]);
    const sla = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}/sla`, as: agent });
    const first = (sla.json().clocks as Array<Record<string, unknown>>).find((c) => c.kind === "first_response");
    expect(first).toMatchObject({
      state: "stopped",
      outcome: "met",
      usedMinutes: 12,
      startedAt: "2026-03-02T13:40:00+05:00", // 08:40Z, shown in the calendar's zone
      stopCause: "first response by an agent (whatsapp)",
    });
    const shown = (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket.id}`, as: agent })).json();
    expect(shown).toMatchObject({ channel: "whatsapp", requesterId: w.requester.personId });
  });

  it("keeps a question not yet answered open with its response clock running from the instant asked", async () => {
    const { w, agent } = await setUp();
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/chat-interactions",
      as: agent,
      body: interaction(w.requester.personId, { channel: "chat", answeredAt: undefined, answer: undefined }),
    });
    expect(res.statusCode).toBe(201);
    const sla = await call(http.app, { method: "GET", url: `/api/v1/tickets/${res.json().ticket.id}/sla`, as: agent });
    const first = (sla.json().clocks as Array<Record<string, unknown>>).find((c) => c.kind === "first_response");
    expect(first).toMatchObject({ state: "running", usedMinutes: 20, startedAt: "2026-03-02T13:40:00+05:00" });
  });

  it("refuses times out of order or in the future, a requester who does not exist, and requesters, naming the field", async () => {
    const { w, agent } = await setUp();
    const post = (body: Record<string, unknown>, as = agent) =>
      call(http.app, { method: "POST", url: "/api/v1/chat-interactions", as, body });
    const cases: Array<[Record<string, unknown>, string]> = [
      [interaction(w.requester.personId, { answeredAt: "2026-03-02T08:30:00Z" }), "body.answeredAt"],
      [
        interaction(w.requester.personId, {
          askedAt: "2026-03-02T10:00:00Z",
          answeredAt: undefined,
          answer: undefined,
        }),
        "body.askedAt",
      ],
      [interaction(w.requester.personId, { answer: undefined }), "body.answer"],
      [interaction(w.requester.personId, { answeredAt: undefined }), "body.answeredAt"],
      [interaction("00000000-0000-4000-8000-000000000000"), "body.requesterId"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, field).toBe(422);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    expect((await post(interaction(w.requester.personId), requester)).statusCode).toBe(403);
  });
});
