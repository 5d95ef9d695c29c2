import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { call, sessionFor, withApp, type Browser } from "../../../test/support/http.ts";
import { pdfPages } from "../../../test/support/pdf.ts";
import { buildReviewScenario, REVIEW_WEEK } from "../../../test/support/review-scenario.ts";
import { findAuditEntries } from "../../identity/audit.store.ts";

describeEachEngine("the service review", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    const s = await buildReviewScenario(ctx.deps);
    const as = {
      manager: await sessionFor(ctx.deps, s.manager.personId),
      admin: await sessionFor(ctx.deps, s.w.admin.personId),
      agent: await sessionFor(ctx.deps, s.w.agent.personId),
      client: await sessionFor(ctx.deps, s.clientManager.personId),
      otherClient: await sessionFor(ctx.deps, s.otherManager.personId),
      requester: await sessionFor(ctx.deps, s.w.requester.personId),
    };
    const send = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, who: Browser, body?: object) =>
      call(http.app, { method, url, as: who, ...(body ? { body } : {}) });
    const open = (who: Browser, period = REVIEW_WEEK) =>
      send("POST", "/api/v1/reviews", who, {
        organizationId: s.w.client.id,
        periodFrom: period.from,
        periodTo: period.to,
      });
    return { s, as, send, open };
  }

  it("opens with the period's breaches, takes their causes and actions, is signed off by the client's manager, and hands what is open to the next review", async () => {
    const { s, as, send, open } = await setup();
    const opened = await open(as.manager);
    expect(opened.statusCode, opened.body).toBe(201);
    const review = opened.json();
    expect(review).toMatchObject({
      organization: { id: s.w.client.id, name: s.w.client.name },
      period: REVIEW_WEEK,
      status: "open",
      breaches: [{ ticketId: s.slow.id, number: s.slow.number, clocks: ["first_response"], cause: null }],
      actions: [],
      abilities: { run: true, signOff: false },
    });
    expect((await open(as.manager)).json()).toMatchObject({ status: 409, code: "REVIEW_EXISTS" });

    const cause = "The VPN concentrator failed; the spare took two hours to fit";
    const caused = await send("PUT", `/api/v1/reviews/${review.id}/breaches/${s.slow.id}`, as.manager, { cause });
    expect(caused.json().breaches).toMatchObject([{ ticketId: s.slow.id, cause }]);
    const notBreached = await send("PUT", `/api/v1/reviews/${review.id}/breaches/${s.quick.id}`, as.manager, {
      cause: "It was fine",
    });
    expect(notBreached.json()).toMatchObject({ status: 422, code: "TICKET_NOT_BREACHED" });

    const added = await send("POST", `/api/v1/reviews/${review.id}/actions`, as.manager, {
      title: "Keep a spare VPN concentrator on site",
      ownerId: s.w.agent.personId,
      dueOn: "2026-03-20",
    });
    expect(added.statusCode, added.body).toBe(201);
    const action = added.json().actions[0];
    expect(action).toMatchObject({ owner: { id: s.w.agent.personId }, dueOn: "2026-03-20", status: "open" });
    await send("POST", `/api/v1/reviews/${review.id}/actions`, as.manager, {
      title: "Send the outage report to the client",
      ownerId: s.manager.personId,
      dueOn: "2026-03-12",
    });
    const done = (await send("GET", `/api/v1/reviews/${review.id}`, as.manager))
      .json()
      .actions.find((a: { title: string }) => a.title.startsWith("Send the outage report"));
    await send("PATCH", `/api/v1/reviews/${review.id}/actions/${done.id}`, as.manager, { status: "done" });

    // The pack of the period carries the cause beside the breach.
    const pack = await send(
      "GET",
      `/api/v1/reports/review-pack?organization=${s.w.client.id}&from=${REVIEW_WEEK.from}&to=${REVIEW_WEEK.to}`,
      as.client,
    );
    expect((await pdfPages(pack.rawPayload)).join(" ")).toContain("The VPN concentrator failed");

    const forClient = await send("GET", `/api/v1/reviews/${review.id}`, as.client);
    expect(forClient.json()).toMatchObject({ abilities: { run: false, signOff: true } });
    expect((await send("POST", `/api/v1/reviews/${review.id}/sign-off`, as.manager, {})).json()).toMatchObject({
      status: 403,
    });
    const signed = await send("POST", `/api/v1/reviews/${review.id}/sign-off`, as.client, {
      comment: "Agreed; thanks for the quick fix.",
    });
    expect(signed.json()).toMatchObject({
      status: "signed_off",
      signOffComment: "Agreed; thanks for the quick fix.",
      abilities: { run: false, signOff: false },
    });
    const late = await send("POST", `/api/v1/reviews/${review.id}/actions`, as.manager, {
      title: "Too late",
      ownerId: s.manager.personId,
      dueOn: "2026-03-30",
    });
    expect(late.json()).toMatchObject({ status: 409, code: "REVIEW_SIGNED_OFF" });

    const next = (await open(as.manager, { from: "2026-03-09", to: "2026-03-16" })).json();
    expect(next.breaches).toEqual([]);
    expect(next.actions).toMatchObject([{ id: action.id, carried: true, status: "open" }]);
    const closed = await send("PATCH", `/api/v1/reviews/${next.id}/actions/${action.id}`, as.admin, {
      status: "done",
    });
    expect(closed.json().actions).toMatchObject([{ id: action.id, carried: true, status: "done" }]);
    const third = (await open(as.manager, { from: "2026-03-16", to: "2026-03-23" })).json();
    expect(third.actions).toEqual([]);

    const audit = await findAuditEntries(ctx.deps.db, s.w.admin, {});
    const reviewEntries = audit.items.filter((e) => e.entity === "service_review" || e.entity === "review_action");
    expect(reviewEntries.map((e) => e.action).reverse()).toEqual([
      "service_review.created",
      "service_review.updated",
      "review_action.created",
      "review_action.created",
      "review_action.updated",
      "service_review.signed_off",
      "service_review.created",
      "review_action.updated",
      "service_review.created",
    ]);
    expect(audit.items.find((e) => e.action === "service_review.updated")).toMatchObject({
      entityId: review.id,
      changes: { [`cause of #${s.slow.number}`]: { from: null, to: cause } },
    });
  });

  it("lets staff managers and admins run reviews, agents read them, the client's manager read and sign off only their own; anyone else 404", async () => {
    const { s, as, send, open } = await setup();
    const review = (await open(as.admin)).json();
    const url = `/api/v1/reviews/${review.id}`;
    const statuses = async (method: "GET" | "POST" | "PUT", path: string, body?: object) => {
      const out: Record<string, number> = {};
      for (const [who, session] of Object.entries(as)) out[who] = (await send(method, path, session, body)).statusCode;
      return out;
    };
    expect(await statuses("GET", url)).toEqual({
      manager: 200,
      admin: 200,
      agent: 200,
      client: 200,
      otherClient: 404,
      requester: 404,
    });
    expect(await statuses("PUT", `${url}/breaches/${s.slow.id}`, { cause: "Hardware" })).toEqual({
      manager: 200,
      admin: 200,
      agent: 403,
      client: 403,
      otherClient: 404,
      requester: 404,
    });
    expect(
      await statuses("POST", "/api/v1/reviews", {
        organizationId: s.w.client.id,
        periodFrom: "2026-04-01",
        periodTo: "2026-05-01",
      }),
    ).toEqual({
      manager: 201,
      admin: 409,
      agent: 403,
      client: 403,
      otherClient: 404,
      requester: 404,
    });
    const lists = async (who: Browser, query = "") =>
      send("GET", `/api/v1/reviews${query}`, who).then((r) => ({ status: r.statusCode, body: r.json() }));
    expect((await lists(as.client)).body.items).toHaveLength(2);
    expect((await lists(as.agent)).body.items).toHaveLength(2);
    expect((await lists(as.otherClient)).body.items).toEqual([]);
    expect((await lists(as.client, `?organizationId=${s.w.other.id}`)).status).toBe(404);
    expect((await lists(as.requester)).status).toBe(404);
    expect(await statuses("POST", `${url}/sign-off`, {})).toEqual({
      manager: 403,
      admin: 403,
      agent: 403,
      client: 200,
      otherClient: 404,
      requester: 404,
    });
    expect((await call(http.app, { method: "GET", url })).statusCode).toBe(401);
  });

  it("refuses bad input with problem+json naming the field", async () => {
    const { s, as, send, open } = await setup();
    const review = (await open(as.manager)).json();
    const cases: Array<[ReturnType<typeof send>, number, string]> = [
      [
        send("POST", "/api/v1/reviews", as.manager, {
          organizationId: s.w.client.id,
          periodFrom: "2026-02-30",
          periodTo: "2026-03-09",
        }),
        422,
        "body.periodFrom",
      ],
      [
        send("POST", "/api/v1/reviews", as.manager, {
          organizationId: s.w.client.id,
          periodFrom: "2026-03-09",
          periodTo: "2026-03-02",
        }),
        422,
        "body.periodTo",
      ],
      [
        send("POST", "/api/v1/reviews", as.manager, {
          organizationId: s.w.provider.id,
          periodFrom: "2026-03-02",
          periodTo: "2026-03-09",
        }),
        422,
        "body.organizationId",
      ],
      [
        send("POST", `/api/v1/reviews/${review.id}/actions`, as.manager, {
          title: " ",
          ownerId: s.manager.personId,
          dueOn: "2026-03-20",
        }),
        422,
        "body.title",
      ],
      [
        send("POST", `/api/v1/reviews/${review.id}/actions`, as.manager, {
          title: "Call back",
          ownerId: s.otherManager.personId,
          dueOn: "2026-03-20",
        }),
        422,
        "body.ownerId",
      ],
      [
        send("PATCH", `/api/v1/reviews/${review.id}/actions/${s.slow.id}`, as.manager, { status: "done" }),
        404,
        "params.actionId",
      ],
      [
        send("PATCH", `/api/v1/reviews/${review.id}/actions/${s.slow.id}`, as.manager, { status: "finished" }),
        422,
        "body.status",
      ],
      [
        send("PUT", `/api/v1/reviews/${review.id}/breaches/${s.slow.id}`, as.manager, { cause: "bad\u0000byte" }),
        422,
        "body.cause",
      ],
    ];
    for (const [pending, status, field] of cases) {
      const res = await pending;
      expect(res.headers["content-type"], field).toMatch(/^application\/problem\+json/);
      expect(res.json(), field).toMatchObject({ status, errors: [{ field }] });
    }
  });
});
