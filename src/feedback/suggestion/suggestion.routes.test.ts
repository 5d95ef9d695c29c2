import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { DEFAULT_SURVEY_SETTINGS } from "../survey/survey.ts";
import { saveSurveySettings } from "../survey/survey.store.ts";
import { suggestions } from "./suggestion.tables.ts";

describeEachEngine("improvement suggestions", (ctx) => {
  const http = withApp(ctx);

  async function people() {
    const w = await buildWorkspace(ctx.deps);
    const managerRow = await buildPerson(ctx.deps, w.provider.id, "manager");
    return {
      w,
      requester: await sessionFor(ctx.deps, w.requester.personId),
      colleague: await sessionFor(ctx.deps, w.colleague.personId),
      agent: await sessionFor(ctx.deps, w.agent.personId),
      manager: await sessionFor(ctx.deps, managerRow.id),
    };
  }

  it("takes an anonymous suggestion on the public page; its sender follows the managers' answer by the status link", async () => {
    const { manager } = await people();
    const sent = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/suggestions",
      body: { title: "Open on Saturdays", body: "Half a day would do.", contactEmail: "visitor@example.org" },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { statusToken, suggestion } = sent.json();
    expect(suggestion).toMatchObject({ title: "Open on Saturdays", status: "new", publicAnswer: "" });
    const [row] = await ctx.deps.db.select().from(suggestions);
    expect(row).toMatchObject({ source: "public", personId: null, contactEmail: "visitor@example.org" });
    expect(JSON.stringify(row)).not.toContain(statusToken);

    const list = await call(http.app, { method: "GET", url: "/api/v1/suggestions?status=new", as: manager });
    expect(list.json().items).toMatchObject([{ id: row!.id, source: "public" }]);
    ctx.deps.clock.advance(60_000);
    const triaged = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/suggestions/${row!.id}`,
      body: { status: "planned", publicAnswer: "From April, 9:00–13:00." },
      as: manager,
    });
    expect(triaged.statusCode, triaged.body).toBe(200);
    const status = await call(http.app, { method: "GET", url: `/api/v1/public/suggestions/${statusToken}` });
    expect(status.json()).toEqual({
      title: "Open on Saturdays",
      body: "Half a day would do.",
      status: "planned",
      publicAnswer: "From April, 9:00–13:00.",
      createdAt: "2026-03-02T09:00:00.000Z",
      updatedAt: "2026-03-02T09:01:00.000Z",
    });
    const unknown = await call(http.app, { method: "GET", url: `/api/v1/public/suggestions/${"A".repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "SUGGESTION_NOT_FOUND" });
  });

  it("lists a signed-in sender's own suggestions only; only managers and admins triage", async () => {
    const { requester, colleague, agent, manager } = await people();
    const body = { title: "A second monitor for the front desk", body: "They switch windows all day." };
    const sent = await call(http.app, { method: "POST", url: "/api/v1/suggestions", body, as: requester });
    expect(sent.statusCode, sent.body).toBe(201);
    const mine = await call(http.app, { method: "GET", url: "/api/v1/suggestions", as: requester });
    expect(mine.json().items).toMatchObject([{ title: body.title, source: "portal", status: "new" }]);
    expect((await call(http.app, { method: "GET", url: "/api/v1/suggestions", as: colleague })).json().items).toEqual(
      [],
    );
    const id = mine.json().items[0].id;
    const triage = { status: "declined", publicAnswer: "Not this year." };
    for (const who of [requester, agent]) {
      const refused = await call(http.app, {
        method: "PATCH",
        url: `/api/v1/suggestions/${id}`,
        body: triage,
        as: who,
      });
      expect(refused.statusCode).toBe(403);
    }
    await call(http.app, { method: "PATCH", url: `/api/v1/suggestions/${id}`, body: triage, as: manager });
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/suggestions", as: requester })).json().items,
    ).toMatchObject([{ status: "declined", publicAnswer: "Not this year." }]);
    const missing = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/suggestions/${crypto.randomUUID()}`,
      body: triage,
      as: manager,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("names a bad field", async () => {
    const { manager } = await people();
    for (const [url, body, field] of [
      ["/api/v1/public/suggestions", { title: "", body: "x" }, "body.title"],
      ["/api/v1/public/suggestions", { title: "x", body: "y".repeat(5001) }, "body.body"],
      ["/api/v1/public/suggestions", { title: "x", body: "y", contactEmail: "not an address" }, "body.contactEmail"],
      ["/api/v1/public/suggestions", { title: "a\u0000b", body: "y" }, "body.title"],
    ] as const) {
      const res = await call(http.app, { method: "POST", url, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().errors[0].field).toBe(field);
    }
    const sent = await call(http.app, {
      method: "POST",
      url: "/api/v1/public/suggestions",
      body: { title: "x", body: "y" },
    });
    const [row] = await ctx.deps.db.select().from(suggestions);
    expect(sent.statusCode).toBe(201);
    const bad = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/suggestions/${row!.id}`,
      body: { status: "maybe", publicAnswer: "" },
      as: manager,
    });
    expect(bad.json().errors[0].field).toBe("body.status");
  });

  it("turns a survey comment into a suggestion in the requester's name, once", async () => {
    const { w, manager, requester } = await people();
    await saveSurveySettings(ctx.deps.db, { ...DEFAULT_SURVEY_SETTINGS, enabled: true }, ctx.deps.clock.now());
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    const url = `/api/v1/tickets/${t.id}/survey/suggestion`;
    await updateTicket(ctx.deps, w.agent, t.id, { version: 1, status: "resolved" });
    const early = await call(http.app, { method: "POST", url, as: manager });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("SURVEY_COMMENT_MISSING");
    await call(http.app, {
      method: "PUT",
      url: `/api/v1/tickets/${t.id}/rating`,
      body: { score: 3, comment: "Fine, but tell us when the printer is back.\nWe waited all day." },
      as: requester,
    });
    const made = await call(http.app, { method: "POST", url, as: manager });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      title: "Fine, but tell us when the printer is back.",
      body: "Fine, but tell us when the printer is back.\nWe waited all day.",
      source: "survey",
      personId: w.requester.personId,
      status: "new",
    });
    expect((await call(http.app, { method: "POST", url, as: manager })).json().id).toBe(made.json().id);
    expect(await ctx.deps.db.select().from(suggestions)).toHaveLength(1);
    const own = await call(http.app, { method: "GET", url: "/api/v1/suggestions", as: requester });
    expect(own.json().items).toMatchObject([{ source: "survey" }]);
    expect((await call(http.app, { method: "POST", url, as: requester })).statusCode).toBe(403);
  });
});
