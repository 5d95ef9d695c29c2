import pg from "pg";
import { afterEach, expect, it, onTestFinished } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { call, tokenFor } from "../../../test/support/http.ts";
import { buildApp } from "../../app.ts";
import { ensureSlaDefaults } from "../../sla/policy/ensure-sla-defaults.ts";
import { referenceCache } from "../../platform/cache/reference-cache.ts";
import { seedDemo } from "../../seed/demo.ts";
import { people } from "../../identity/identity.tables.ts";
import { eq } from "drizzle-orm";

/**
 * How many statements the hot ticket writes send to PostgreSQL (issue 12): every statement is a round trip, and the
 * desk's write rate is bounded by them. Counted at the driver (every `pg` client query, BEGIN and COMMIT included),
 * over the HTTP route as the bench drives it, with the reference cache on as in production. The bounds are the
 * budget: raise one only with a reason.
 */
describeEachEngine("ticket write round trips", (ctx) => {
  const seen: string[] = [];
  const original = pg.Client.prototype.query;
  afterEach(() => {
    pg.Client.prototype.query = original;
  });
  function countStatements(): void {
    seen.length = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const first = args[0] as string | { text: string; name?: string };
      seen.push(typeof first === "string" ? first : `${first.name ? `[${first.name}] ` : ""}${first.text}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  }
  /** The statements since the last call: how many, and the list (the assertion's message names every one). */
  function took(label: string): { n: number; list: string } {
    const list = `${label}: ${seen.length} statements\n${seen.map((s, k) => `  ${k + 1}. ${s.slice(0, 220)}`).join("\n")}`;
    const n = seen.length;
    seen.length = 0;
    return { n, list };
  }

  it("creates, replies, changes status and assigns in a bounded number of statements", async () => {
    // As the bench runs it: the demo desk with its default SLA, reference data cached per process.
    const deps = { ...ctx.deps, cache: referenceCache(60_000) };
    await ensureSlaDefaults(deps);
    await seedDemo(deps);
    const app = await buildApp(deps);
    await app.ready();
    onTestFinished(() => app.close());
    const [agent] = await ctx.deps.db.select().from(people).where(eq(people.email, "agent@frontline.example"));
    const [requester] = await ctx.deps.db.select().from(people).where(eq(people.role, "requester")).limit(1);
    const token = await tokenFor(ctx.deps, agent!.id, ["tickets:read", "tickets:write"]);
    const body = {
      subject: "Outlook keeps asking for my password",
      description: "Since the weekend. Restarting the laptop did not help.",
      type: "incident",
      impact: "person",
      urgency: "high",
      requesterId: requester!.id,
      channel: "phone",
      tags: ["bench"],
    };
    const create = () => call(app, { method: "POST", url: "/api/v1/tickets", body, as: token });
    // The first request fills the per-process caches (token, reference data); the counted ones are warm.
    expect((await create()).statusCode).toBe(201);
    // Counted where the driver is node-postgres (PGlite runs the same statements in process).
    if (ctx.database.engine !== "postgres") return;

    countStatements();
    const created = await create();
    expect(created.statusCode).toBe(201);
    const perCreate = took("create");
    const ticket = created.json() as { id: string; version: number; assigneeId: string | null };

    const reply = await call(app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket.id}/replies`,
      body: { body: "We are looking into it now." },
      as: token,
    });
    expect(reply.statusCode).toBe(201);
    const perReply = took("reply");

    const current = await call(app, { method: "GET", url: `/api/v1/tickets/${ticket.id}`, as: token });
    seen.length = 0;
    const version = (current.json() as { version: number }).version;
    const status = await call(app, {
      method: "PATCH",
      url: `/api/v1/tickets/${ticket.id}`,
      body: { version, status: "pending" },
      as: token,
    });
    expect(status.statusCode).toBe(200);
    const perStatus = took("status change");

    const assign = await call(app, {
      method: "PATCH",
      url: `/api/v1/tickets/${ticket.id}`,
      body: { version: version + 1, assigneeId: ticket.assigneeId === agent!.id ? null : agent!.id },
      as: token,
    });
    expect(assign.statusCode).toBe(200);
    const perAssign = took("assign");

    // Issue 12's budget (was 11 / 14 / 13 / 14): begin, the requester, the append with its number and the group's
    // round robin (one statement), the queued SLA + search + facts mark + NOTIFY, commit; an update also locks and
    // reads its ticket and the SLA history, and an assignment checks the new assignee's groups.
    expect(perCreate.n, perCreate.list).toBeLessThanOrEqual(5);
    expect(perReply.n, perReply.list).toBeLessThanOrEqual(7);
    expect(perStatus.n, perStatus.list).toBeLessThanOrEqual(6);
    expect(perAssign.n, perAssign.list).toBeLessThanOrEqual(7);
  });
});
