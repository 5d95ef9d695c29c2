import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { buildApp } from "../../app.ts";
import type { Db } from "../../platform/db/database.ts";
import { tickets } from "../ticket.tables.ts";

/** The database, counting every `select … from tickets` made through it (inside transactions too). */
function countingTicketReads(db: Db): { db: Db; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== "function") return value;
        if (prop === "transaction") {
          return (run: (tx: Db) => unknown, ...rest: unknown[]) => value.call(t, (tx: Db) => run(wrap(tx)), ...rest);
        }
        if (prop === "select") {
          return (...args: unknown[]) => {
            const builder = value.apply(t, args) as { from(table: unknown, ...more: unknown[]): unknown };
            const from = builder.from.bind(builder);
            builder.from = (table: unknown, ...more: unknown[]) => {
              if (table === tickets) reads += 1;
              return from(table, ...more);
            };
            return builder;
          };
        }
        return value.bind(t);
      },
    });
  return { db: wrap(db), reads: () => reads };
}

describeEachEngine("replies and internal notes", (ctx) => {
  const http = withApp(ctx);

  it("a reply by the ticket's number reaches it, and staff answering a new ticket open it", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { requesterId: w.requester.personId });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const res = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/%23${ticket.number}/replies`,
      as: agent,
      body: { body: "On it." },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: ticket.id, number: ticket.number, status: "open" });
  });

  it("a note leaves the status alone, and a reply to a ticket the caller cannot see is not found, naming the path", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { requesterId: w.requester.personId });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const note = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/notes`,
      as: agent,
      body: { body: "Known issue." },
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ status: "new" });
    const stranger = await sessionFor(ctx.deps, w.outsider.personId);
    const hidden = await call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/replies`,
      as: stranger,
      body: { body: "Me too" },
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ code: "TICKET_NOT_FOUND" });
  });

  it("a reply or a note reads the ticket's row once: the lock that guards the write", async () => {
    const w = await buildWorkspace(ctx.deps);
    const ticket = await buildTicket(ctx.deps, w.requester, { requesterId: w.requester.personId });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const counting = countingTicketReads(ctx.deps.db);
    const app = await buildApp({ ...ctx.deps, db: counting.db });
    try {
      await app.ready();
      for (const path of ["replies", "notes"]) {
        const before = counting.reads();
        const res = await call(app, {
          method: "POST",
          url: `/api/v1/tickets/${ticket.number}/${path}`,
          as: agent,
          body: { body: "Looking." },
        });
        expect(res.statusCode, res.body).toBe(201);
        expect(counting.reads() - before, path).toBe(1);
      }
    } finally {
      await app.close();
    }
  });
});
