import { expect, it } from "vitest";
import { people } from "../../src/identity/identity.tables.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { describeEachEngine } from "../support/db.ts";
import { buildWorkspace, consultationForm } from "../support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../support/http.ts";

// Production serialises responses with fast-json-stringify compiled from the zod schemas; the test suite runs
// with RESPONSE_CHECKS on, which validates with zod AND checks the compiled serializer gives the same JSON
// (src/platform/http/server.ts), so every route test also exercises the serializer production runs. Here a
// production-configured app (RESPONSE_CHECKS off) answers every GET endpoint of the API over the demo workspace,
// and each body must equal the checked app's.
describeEachEngine("responses as production serialises them", (ctx) => {
  const fast = withApp(ctx, { RESPONSE_CHECKS: "false" });
  const checked = withApp(ctx, { RESPONSE_CHECKS: "true" });

  it("gives the same ticket, list, history and SLA bodies as the zod-checked serializer", async () => {
    const w = await buildWorkspace(ctx.deps);
    const token = await tokenFor(ctx.deps, w.agent.personId, ["tickets:read", "tickets:write"]);
    const created = await call(fast.app, {
      method: "POST",
      url: "/api/v1/tickets",
      body: {
        subject: "Scanner offline",
        description: "Since 9",
        impact: "department",
        urgency: "high",
        requesterId: w.requester.personId,
        tags: ["scanner"],
      },
      as: token,
    });
    expect(created.statusCode).toBe(201);
    for (const url of [
      `/api/v1/tickets/${created.json().id}`,
      "/api/v1/tickets?limit=5",
      `/api/v1/tickets/${created.json().id}/events`,
      `/api/v1/tickets/${created.json().id}/sla`,
    ]) {
      const a = await call(fast.app, { method: "GET", url, as: token });
      const b = await call(checked.app, { method: "GET", url, as: token });
      expect(a.statusCode, url).toBe(b.statusCode);
      expect(a.json(), url).toEqual(b.json());
    }
  });

  it(
    "gives the same body on every GET endpoint of the API, for an admin and for a requester",
    { timeout: 300_000 },
    async () => {
      await ensureSlaDefaults(ctx.deps);
      await seedDemo(ctx.deps);
      const everyone = await ctx.deps.db.select().from(people);
      const admin = await sessionFor(ctx.deps, everyone.find((p) => p.role === "admin")!.id);
      const requester = await sessionFor(ctx.deps, everyone.find((p) => p.role === "requester")!.id);
      // A request from the public form, so the consultation endpoint has one to show.
      expect(
        (await fast.app.inject({ method: "POST", url: "/api/v1/public/consultations", payload: consultationForm() }))
          .statusCode,
      ).toBe(201);
      const ids = await sampleIds();
      const spec = (await checked.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
        paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
      };
      const endpoints = Object.entries(spec.paths)
        .filter(([, ops]) => ops.get?.responses?.["200"]?.content?.["application/json"])
        // The live stream is server-sent events, not one JSON body.
        .map(([path]) => path)
        .filter((path) => path !== "/api/v1/live");
      expect(endpoints.length).toBeGreaterThan(30);
      const answered: string[] = [];
      for (const path of endpoints) {
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids(path, name)) + (QUERIES[path] ?? "");
        for (const as of [admin, requester]) {
          const a = await call(fast.app, { method: "GET", url, as });
          const b = await call(checked.app, { method: "GET", url, as });
          expect(a.statusCode, url).toBe(b.statusCode);
          expect(a.body === "" ? null : a.json(), url).toEqual(b.body === "" ? null : b.json());
          if (a.statusCode === 200 && as === admin) answered.push(path);
        }
      }
      // Each endpoint answered the admin with a real body (so its serializer ran), not only with a problem.
      expect(endpoints.filter((p) => !answered.includes(p))).toEqual([]);
    },
  );

  /** An id for each path parameter, from the demo workspace. */
  async function sampleIds(): Promise<(path: string, name: string) => string> {
    const first = async (sql: string) => {
      const [row] = await ctx.database.rawTransaction((tx) => tx.query<{ id: string }>(sql));
      if (!row) throw new Error(`the demo workspace has nothing for: ${sql}`);
      return String(row.id);
    };
    const byPrefix: Array<[RegExp, string]> = [
      [/^\/api\/v1\/tickets\/\{id\}\/attachments\/\{attachmentId\}/, ""],
      [
        /^\/api\/v1\/tickets\/\{id\}\/consultation/,
        await first("select ticket_id as id from consultation_requests limit 1"),
      ],
      [/^\/api\/v1\/tickets/, await first("select id from tickets order by number limit 1")],
      [/^\/api\/v1\/people/, await first("select id from people order by name limit 1")],
      [
        /^\/api\/v1\/groups|^\/api\/v1\/sla\/group-targets/,
        await first("select id from support_groups order by name limit 1"),
      ],
      [/^\/api\/v1\/organizations/, await first("select id from organizations order by name limit 1")],
      [/^\/api\/v1\/categories/, await first("select id from categories order by name limit 1")],
      [/^\/api\/v1\/sla\/calendars/, await first("select id from calendars order by name limit 1")],
      [/^\/api\/v1\/sla\/policies/, await first("select id from sla_policies order by position limit 1")],
      [/^\/api\/v1\/public\/sla\/versions/, "1"],
    ];
    return (path, name) => {
      if (name === "channel") return "phone";
      const hit = byPrefix.find(([re]) => re.test(path));
      if (!hit) throw new Error(`no sample id for ${name} in ${path}`);
      return hit[1];
    };
  }
});

/** Endpoints that need a query to answer with a body. */
const QUERIES: Record<string, string> = {
  "/api/v1/calls/lookup": "?number=%2B923001234567",
  // The demo's history runs up to the test clock (2026-03-02T09:00Z).
  "/api/v1/reports/indicators": "?from=2026-01-01&to=2026-03-03&compare=true",
  "/api/v1/reports/resolved": "?from=2026-01-01&to=2026-03-03",
};
