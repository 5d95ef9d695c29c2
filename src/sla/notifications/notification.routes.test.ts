import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace, ticketInput } from "../../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../../test/support/http.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { insertNotifications } from "../escalation/escalation.store.ts";

describeEachEngine("notification routes", (ctx) => {
  const http = withApp(ctx);

  async function setup() {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await createTicket(ctx.deps, w.agent, ticketInput({ requesterId: w.requester.personId }));
    const other = await buildPerson(ctx.deps, w.provider.id, "agent");
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
    await insertNotifications(ctx.deps.db, [
      {
        personId: w.agent.personId,
        ticketId: ticket.id,
        kind: "sla.warning",
        title: "old, read",
        createdAt: at(1),
        readAt: at(2),
      },
      { personId: w.agent.personId, ticketId: ticket.id, kind: "sla.warning", title: "older unread", createdAt: at(3) },
      {
        personId: w.agent.personId,
        ticketId: ticket.id,
        kind: "sla.breach",
        title: "newest read",
        createdAt: at(5),
        readAt: at(6),
      },
      { personId: w.agent.personId, ticketId: ticket.id, kind: "sla.breach", title: "newer unread", createdAt: at(4) },
      { personId: other.id, ticketId: ticket.id, kind: "sla.breach", title: "not mine", createdAt: at(4) },
    ]);
    return { w, other, agent: await sessionFor(ctx.deps, w.agent.personId) };
  }

  it("lists only the caller's notifications, unread first, newest first within each", async () => {
    const s = await setup();
    const res = await call(http.app, { method: "GET", url: "/api/v1/notifications", as: s.agent });
    expect(res.statusCode).toBe(200);
    expect(res.json().unread).toBe(2);
    expect(res.json().items.map((n: { title: string }) => n.title)).toEqual([
      "newer unread",
      "older unread",
      "newest read",
      "old, read",
    ]);
    const limited = await call(http.app, { method: "GET", url: "/api/v1/notifications?limit=1", as: s.agent });
    expect(limited.json().items).toHaveLength(1);
    expect(
      (await call(http.app, { method: "GET", url: "/api/v1/notifications?limit=0", as: s.agent })).json(),
    ).toMatchObject({ status: 422, errors: [{ field: "query.limit" }] });
  });

  it("marks one read once, keeping the first time; someone else's is not found", async () => {
    const s = await setup();
    const [unread] = (await call(http.app, { method: "GET", url: "/api/v1/notifications", as: s.agent })).json().items;
    ctx.deps.clock.advance(60_000);
    const read = await call(http.app, { method: "POST", url: `/api/v1/notifications/${unread.id}/read`, as: s.agent });
    expect(read.json()).toMatchObject({ id: unread.id, readAt: "2026-03-02T09:01:00.000Z" });
    ctx.deps.clock.advance(60_000);
    const again = await call(http.app, { method: "POST", url: `/api/v1/notifications/${unread.id}/read`, as: s.agent });
    expect(again.json().readAt).toBe("2026-03-02T09:01:00.000Z");
    expect((await call(http.app, { method: "GET", url: "/api/v1/notifications", as: s.agent })).json().unread).toBe(1);
    const theirs = await call(http.app, {
      method: "POST",
      url: `/api/v1/notifications/${unread.id}/read`,
      as: await sessionFor(ctx.deps, s.other.id),
    });
    expect(theirs.json()).toMatchObject({
      status: 404,
      code: "NOTIFICATION_NOT_FOUND",
      errors: [{ field: "params.id" }],
    });
    const noScope = await call(http.app, {
      method: "GET",
      url: "/api/v1/notifications",
      as: await tokenFor(ctx.deps, s.w.agent.personId, ["directory:read"]),
    });
    expect(noScope.json()).toMatchObject({ status: 403, code: "SCOPE_MISSING" });
    expect((await http.app.inject({ method: "GET", url: "/api/v1/notifications" })).statusCode).toBe(401);
  });

  it("marks all of the caller's notifications read at once, and no one else's", async () => {
    const s = await setup();
    ctx.deps.clock.advance(60_000);
    const res = await call(http.app, { method: "POST", url: "/api/v1/notifications/read-all", as: s.agent });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 2, unread: 0 });
    const mine = (await call(http.app, { method: "GET", url: "/api/v1/notifications", as: s.agent })).json();
    expect(mine.unread).toBe(0);
    expect(mine.items.find((n: { title: string }) => n.title === "old, read").readAt).toBe("2026-03-02T09:02:00.000Z");
    expect(
      (
        await call(http.app, {
          method: "GET",
          url: "/api/v1/notifications",
          as: await sessionFor(ctx.deps, s.other.id),
        })
      ).json().unread,
    ).toBe(1);
    expect(
      (await call(http.app, { method: "POST", url: "/api/v1/notifications/read-all", as: s.agent })).json(),
    ).toEqual({ marked: 0, unread: 0 });
  });
});
