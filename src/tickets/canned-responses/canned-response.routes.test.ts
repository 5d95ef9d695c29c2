import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";

describeEachEngine("canned responses", (ctx) => {
  const http = withApp(ctx);

  async function desk() {
    const w = await buildWorkspace(ctx.deps);
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    return {
      w,
      agent: await sessionFor(ctx.deps, w.agent.personId),
      manager: await sessionFor(ctx.deps, manager.id),
      managerId: manager.id,
      admin: await sessionFor(ctx.deps, w.admin.personId),
      requester: await sessionFor(ctx.deps, w.requester.personId),
    };
  }

  it("lets managers and admins keep them and every staff member read them, by title, searchable", async () => {
    const d = await desk();
    for (const [title, body] of [
      [
        "we are looking into it",
        "Thank you for reporting this. We are looking into it and will update you within the hour.",
      ],
      ["Password reset", "Open https://id.example/reset and follow the steps."],
      ["Screenshot please", "Could you send a screenshot of the error message?"],
    ]) {
      const res = await call(http.app, {
        method: "POST",
        url: "/api/v1/canned-responses",
        body: { title, body },
        as: d.manager,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({
        id: expect.any(String),
        title,
        body,
        createdBy: d.managerId,
        updatedAt: ctx.deps.clock.now().toISOString(),
      });
      expect(res.headers.location).toBe(`/api/v1/canned-responses/${res.json().id}`);
    }
    const all = await call(http.app, { method: "GET", url: "/api/v1/canned-responses", as: d.agent });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((r: { title: string }) => r.title)).toEqual([
      "Password reset",
      "Screenshot please",
      "we are looking into it",
    ]);
    const found = await call(http.app, { method: "GET", url: "/api/v1/canned-responses?q=ERROR", as: d.agent });
    expect(found.json().items.map((r: { title: string }) => r.title)).toEqual(["Screenshot please"]);
    const byTitle = await call(http.app, {
      method: "GET",
      url: "/api/v1/canned-responses?q=reset",
      as: await tokenFor(ctx.deps, d.w.agent.personId, ["tickets:read"]),
    });
    expect(byTitle.json().items.map((r: { title: string }) => r.title)).toEqual(["Password reset"]);
    const literal = await call(http.app, {
      method: "GET",
      url: `/api/v1/canned-responses?q=${encodeURIComponent("%")}`,
      as: d.agent,
    });
    expect(literal.json().items).toEqual([]);
  });

  it("updates and deletes them, and records every change in the audit log", async () => {
    const d = await desk();
    const created = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/canned-responses",
        body: { title: "Remote session", body: "Please accept the invite." },
        as: d.manager,
      })
    ).json();
    ctx.deps.clock.advance(60_000);
    const patched = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/canned-responses/${created.id}`,
      body: { body: "Please accept the remote session invite we just sent." },
      as: d.admin,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      id: created.id,
      title: "Remote session",
      body: "Please accept the remote session invite we just sent.",
      updatedAt: ctx.deps.clock.now().toISOString(),
    });
    const unchanged = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/canned-responses/${created.id}`,
      body: { title: "Remote session" },
      as: d.admin,
    });
    expect(unchanged.json().updatedAt).toBe(patched.json().updatedAt);
    expect(
      (await call(http.app, { method: "DELETE", url: `/api/v1/canned-responses/${created.id}`, as: d.manager }))
        .statusCode,
    ).toBe(204);
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/canned-responses", as: d.agent })).json().items,
    ).toEqual([]);
    for (const method of ["PATCH", "DELETE"] as const) {
      const res = await call(http.app, {
        method,
        url: `/api/v1/canned-responses/${created.id}`,
        body: method === "PATCH" ? { title: "x" } : undefined,
        as: d.admin,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: "CANNED_RESPONSE_NOT_FOUND", errors: [{ field: "params.id" }] });
    }
    const audit = (
      await call(http.app, {
        method: "GET",
        url: `/api/v1/audit?entity=canned_response&entityId=${created.id}`,
        as: d.admin,
      })
    ).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      "canned_response.deleted",
      "canned_response.updated",
      "canned_response.created",
    ]);
    expect(audit[1].changes).toEqual({
      body: { from: "Please accept the invite.", to: "Please accept the remote session invite we just sent." },
    });
    expect(audit[2]).toMatchObject({ actorId: d.managerId, changes: { title: { from: null, to: "Remote session" } } });
  });

  it("refuses agents' changes (403), requesters altogether (403) and strangers (401)", async () => {
    const d = await desk();
    const created = (
      await call(http.app, {
        method: "POST",
        url: "/api/v1/canned-responses",
        body: { title: "Resolved", body: "Glad it works again." },
        as: d.admin,
      })
    ).json();
    const refusals = [
      { method: "POST" as const, url: "/api/v1/canned-responses", body: { title: "Mine", body: "text" }, as: d.agent },
      { method: "PATCH" as const, url: `/api/v1/canned-responses/${created.id}`, body: { title: "Mine" }, as: d.agent },
      { method: "DELETE" as const, url: `/api/v1/canned-responses/${created.id}`, as: d.agent },
      { method: "GET" as const, url: "/api/v1/canned-responses", as: d.requester },
      {
        method: "POST" as const,
        url: "/api/v1/canned-responses",
        body: { title: "Mine", body: "text" },
        as: d.requester,
      },
    ];
    for (const req of refusals) {
      const res = await call(http.app, req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(res.json()).toMatchObject({ code: "FORBIDDEN" });
    }
    const readOnly = await tokenFor(ctx.deps, d.w.admin.personId, ["tickets:read"]);
    const scoped = await call(http.app, {
      method: "POST",
      url: "/api/v1/canned-responses",
      body: { title: "Mine", body: "text" },
      as: readOnly,
    });
    expect(scoped.json()).toMatchObject({ status: 403, code: "SCOPE_MISSING" });
    expect((await call(http.app, { method: "GET", url: "/api/v1/canned-responses" })).statusCode).toBe(401);
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/canned-responses", as: d.admin })).json().items,
    ).toHaveLength(1);
  });

  it("refuses bad input naming the field, and a duplicate title in any case (409)", async () => {
    const d = await desk();
    const post = (body: unknown) =>
      call(http.app, { method: "POST", url: "/api/v1/canned-responses", body, as: d.manager });
    const cases: Array<[unknown, string]> = [
      [{ title: "", body: "text" }, "body.title"],
      [{ title: "   ", body: "text" }, "body.title"],
      [{ title: "x".repeat(121), body: "text" }, "body.title"],
      [{ title: "Fine", body: "" }, "body.body"],
      [{ title: "Fine", body: "  \n " }, "body.body"],
      [{ title: "Fine", body: "x".repeat(20_001) }, "body.body"],
      [{ title: "Fine", body: "nul \u0000 here" }, "body.body"],
      [{ title: "Fine" }, "body.body"],
      [{ title: "Fine", body: "text", colour: "red" }, "body.colour"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await post({ title: "Password reset", body: "Steps…" })).statusCode).toBe(201);
    const duplicate = await post({ title: "PASSWORD RESET ", body: "Other steps" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "CANNED_RESPONSE_TITLE_TAKEN", errors: [{ field: "body.title" }] });
    const other = (await post({ title: "Other", body: "text" })).json();
    const rename = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/canned-responses/${other.id}`,
      body: { title: "password Reset" },
      as: d.admin,
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().errors[0].field).toBe("body.title");
    const badId = await call(http.app, {
      method: "DELETE",
      url: `/api/v1/canned-responses/${randomUUID().slice(0, 8)}`,
      as: d.admin,
    });
    expect(badId.statusCode).toBe(422);
    expect(badId.json().errors[0].field).toBe("params.id");
    const longQuery = await call(http.app, {
      method: "GET",
      url: `/api/v1/canned-responses?q=${"x".repeat(201)}`,
      as: d.agent,
    });
    expect(longQuery.json().errors[0].field).toBe("query.q");
  });
});
