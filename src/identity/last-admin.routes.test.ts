import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";

describeEachEngine("the last active admin", (ctx) => {
  const http = withApp(ctx);

  async function admins(n: number) {
    const provider = await buildOrg(ctx.deps, { kind: "provider" });
    const people = [];
    for (let i = 0; i < n; i++) {
      const person = await buildPerson(ctx.deps, provider.id, "admin");
      people.push({ ...person, as: await sessionFor(ctx.deps, person.id) });
    }
    return people;
  }

  it("cannot be demoted or deactivated: 409 LAST_ADMIN naming the field", async () => {
    const [only] = await admins(1);
    const demote = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${only!.id}`,
      body: { role: "manager" },
      as: only!.as,
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(demote.json()).toMatchObject({ code: "LAST_ADMIN", errors: [{ field: "body.role" }] });
    const deactivate = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${only!.id}`,
      body: { active: false },
      as: only!.as,
    });
    expect(deactivate.json()).toMatchObject({ status: 409, code: "LAST_ADMIN", errors: [{ field: "body.active" }] });
    const still = await call(http.app, { method: "GET", url: `/api/v1/people/${only!.id}`, as: only!.as });
    expect(still.json()).toMatchObject({ role: "admin", active: true });
  });

  it("an inactive admin does not count: the one active admin stays", async () => {
    const [active, inactive] = await admins(2);
    await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${inactive!.id}`,
      body: { active: false },
      as: active!.as,
    });
    const demote = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${active!.id}`,
      body: { role: "agent" },
      as: active!.as,
    });
    expect(demote.json().code).toBe("LAST_ADMIN");
  });

  it("of two admins demoting each other at the same moment, exactly one succeeds", async () => {
    const [one, two] = await admins(2);
    const answers = await Promise.all([
      call(http.app, { method: "PATCH", url: `/api/v1/people/${two!.id}`, body: { role: "agent" }, as: one!.as }),
      call(http.app, { method: "PATCH", url: `/api/v1/people/${one!.id}`, body: { role: "agent" }, as: two!.as }),
    ]);
    // The loser either finds itself no longer an admin (403) or is the last admin left (409).
    expect(answers.map((a) => a.statusCode).sort()).toEqual(expect.arrayContaining([200]));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    const list = await call(http.app, {
      method: "GET",
      url: "/api/v1/people?role=admin&active=true",
      as: answers[0]!.statusCode === 200 ? one!.as : two!.as,
    });
    expect(list.json().items).toHaveLength(1);
  });

  it("another admin may be demoted while one remains", async () => {
    const [one, two] = await admins(2);
    const demote = await call(http.app, {
      method: "PATCH",
      url: `/api/v1/people/${two!.id}`,
      body: { role: "agent" },
      as: one!.as,
    });
    expect(demote.json()).toMatchObject({ role: "agent" });
  });
});
