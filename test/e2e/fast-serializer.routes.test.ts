import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { organizations, people } from "../../src/identity/identity.tables.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { describeEachEngine } from "../support/db.ts";
import { outboundMails } from "../../src/channels/email/mail.tables.ts";
import { saveSurveySettings } from "../../src/feedback/survey/survey.store.ts";
import { DEFAULT_SURVEY_SETTINGS } from "../../src/feedback/survey/survey.ts";
import { updateTicket } from "../../src/tickets/ticket/update-ticket.ts";
import { openDueRounds } from "../../src/feedback/regular-survey/regular-survey-rounds.job.ts";
import { regularSurveyInvitations } from "../../src/feedback/regular-survey/regular-survey.tables.ts";
import { makeSurveyLink } from "../../src/feedback/survey-link.ts";
import { actorFor, buildTicket, buildWorkspace, consultationForm } from "../support/factories.ts";
import { call, sessionFor, tokenFor, withApp, type Browser } from "../support/http.ts";

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
      const feedback = await surveyAndSuggestion(everyone);
      // A review of the demo client's February, so a review has its page.
      const client = await first("select id from organizations where kind = 'client' order by name limit 1");
      const review = await call(fast.app, {
        method: "POST",
        url: "/api/v1/reviews",
        as: admin,
        body: { organizationId: client, periodFrom: "2026-02-01", periodTo: "2026-03-01" },
      });
      expect(review.statusCode, review.body).toBe(201);
      const regular = await regularSurvey(admin, client);
      const work = await visitAndChat(admin, everyone);
      const ids = await sampleIds({ ...feedback, ...regular, ...work, review: review.json<{ id: string }>().id });
      const spec = (await checked.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
        paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
      };
      const endpoints = Object.entries(spec.paths)
        .filter(([, ops]) => ops.get?.responses?.["200"]?.content?.["application/json"])
        // The live stream is server-sent events, not one JSON body.
        .map(([path]) => path)
        .filter((path) => path !== "/api/v1/live")
        // Image bytes, not JSON: no serializer runs.
        .filter((path) => path !== "/api/v1/public/kb/images/{id}")
        // Meta's handshake: the challenge echoed as text, only for the verify token.
        .filter((path) => path !== "/webhooks/whatsapp");
      expect(endpoints.length).toBeGreaterThan(30);
      const answered: string[] = [];
      for (const path of endpoints) {
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids(path, name)) + (QUERIES[path] ?? "");
        for (const as of [admin, requester]) {
          // A visitor's chat answers its token, whoever else asks.
          const headers: Record<string, string> = path.startsWith("/api/v1/public/chat/sessions/")
            ? { "x-chat-token": work.chatToken }
            : {};
          const a = await call(fast.app, { method: "GET", url, as, headers });
          const b = await call(checked.app, { method: "GET", url, as, headers });
          expect(a.statusCode, url).toBe(b.statusCode);
          // Reading an article counts a view, so the second reading shows one more.
          const body = (r: typeof a) =>
            r.body === "" ? null : /\/kb\/articles\/\{id\}$/.test(path) ? { ...r.json(), viewCount: 0 } : r.json();
          expect(body(a), url).toEqual(body(b));
          if (a.statusCode === 200 && as === admin) answered.push(path);
        }
      }
      // Each endpoint answered the admin with a real body (so its serializer ran), not only with a problem.
      expect(endpoints.filter((p) => !answered.includes(p))).toEqual([]);
    },
  );

  /** An onsite visit on a demo ticket (at a site given to its organization) and a visitor's web chat. */
  async function visitAndChat(admin: Browser, everyone: Array<typeof people.$inferSelect>) {
    const ticket = await first("select id from tickets order by number limit 1");
    const organizationId = await first(`select organization_id as id from tickets where id = '${ticket}'`);
    const site = { id: "hq", label: "Head office", street: "1 Main Street", city: "Lahore", timezone: "Asia/Karachi" };
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [{ ...site, hours: null }] })
      .where(eq(organizations.id, organizationId));
    const visit = await call(fast.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticket}/visits`,
      as: admin,
      body: {
        technicianId: everyone.find((p) => p.role === "agent")!.id,
        site: { addressId: site.id },
        windowStart: "2026-03-03T05:00:00Z",
        windowEnd: "2026-03-03T06:00:00Z",
        reason: "Any hours will do",
        allowOverlap: true,
      },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const chat = await fast.app.inject({
      method: "POST",
      url: "/api/v1/public/chat/sessions",
      payload: { channel: "website", name: "Visitor", email: "visitor@example.com", message: "Hello" },
    });
    expect(chat.statusCode, chat.body).toBe(201);
    const started = chat.json<{ chatId: string; token: string }>();
    return { visit: visit.json<{ id: string }>().id, chat: started.chatId, chatToken: started.token };
  }

  async function first(sql: string): Promise<string> {
    const [row] = await ctx.database.rawTransaction((tx) => tx.query<{ id: string }>(sql));
    if (!row) throw new Error(`the demo workspace has nothing for: ${sql}`);
    return String(row.id);
  }

  /**
   * A survey link (surveys on, an email ticket of a demo employee resolved: its survey mail carries the link) and a
   * suggestion sent from the public page (its status link), so their public pages have something to show.
   */
  async function surveyAndSuggestion(everyone: Array<typeof people.$inferSelect>) {
    await saveSurveySettings(ctx.deps.db, { ...DEFAULT_SURVEY_SETTINGS, enabled: true }, ctx.deps.clock.now());
    const deps = { ...ctx.deps, config: { ...ctx.deps.config, PUBLIC_URL: "https://desk.example/" } };
    const staff = actorFor(everyone.find((p) => p.role === "admin")!);
    const requesterId = everyone.find((p) => p.role === "requester")!.id;
    const t = await buildTicket(deps, staff, { requesterId, channel: "email" });
    await updateTicket(deps, staff, t.id, { version: 1, status: "resolved" });
    const mail = (await ctx.deps.db.select().from(outboundMails)).find(
      (m) => m.ticketId === t.id && m.kind === "survey",
    );
    const surveyToken = /https:\/\/desk\.example\/survey\/(\S+)/.exec(mail?.body ?? "")?.[1];
    if (!surveyToken) throw new Error("no survey mail for the resolved ticket");
    const sent = await call(fast.app, {
      method: "POST",
      url: "/api/v1/public/suggestions",
      body: { title: "Open on Saturdays", body: "Half a day would do." },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const { statusToken, suggestion } = sent.json<{ statusToken: string; suggestion: { id: string } }>();
    return { surveyToken, statusToken, suggestion: suggestion.id };
  }

  /**
   * A regular survey of the demo client with its first round open (the worker's pass) and one answer, so its
   * definition, results, text answers and public page have something to show.
   */
  async function regularSurvey(admin: Awaited<ReturnType<typeof sessionFor>>, client: string) {
    const created = await call(fast.app, {
      method: "POST",
      url: "/api/v1/regular-surveys",
      as: admin,
      body: {
        title: "Quarterly check-in",
        titleUr: null,
        questions: [
          { id: "overall", kind: "scale", text: "Satisfied?", textUr: null, required: true, satisfaction: true },
          { id: "better", kind: "text", text: "What should we do better?", textUr: null, required: false },
        ],
        organizationIds: [client],
        recurrence: "quarterly",
        startDate: "2026-03-01",
        windowDays: 14,
        reminderAfterDays: null,
        reminderMax: 0,
        status: "active",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await openDueRounds(ctx.deps)).toBe(1);
    const [one, two] = await ctx.deps.db.select().from(regularSurveyInvitations);
    const link = (i: typeof one) => makeSurveyLink(ctx.deps.db, "regular_survey", i!.id, i!.expiresAt);
    const answered = await call(fast.app, {
      method: "PUT",
      url: `/api/v1/public/regular-surveys/${(await link(one)).token}/answer`,
      body: { answers: { overall: 4, better: "Longer hours" } },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    return {
      regularSurvey: created.json<{ id: string }>().id,
      regularRound: one!.roundId,
      regularToken: (await link(two)).token,
    };
  }

  /** An id for each path parameter, from the demo workspace and what the test added to it. */
  async function sampleIds(added: {
    regularSurvey: string;
    regularRound: string;
    regularToken: string;
    surveyToken: string;
    statusToken: string;
    suggestion: string;
    review: string;
    visit: string;
    chat: string;
    chatToken: string;
  }): Promise<(path: string, name: string) => string> {
    const byPrefix: Array<[RegExp, string]> = [
      [/^\/api\/v1\/visits/, added.visit],
      [/^\/api\/v1\/(chats|public\/chat\/sessions)/, added.chat],
      [/^\/api\/v1\/public\/regular-surveys/, added.regularToken],
      [/^\/api\/v1\/(regular-surveys|reports\/surveys)/, added.regularSurvey],
      [/^\/api\/v1\/public\/surveys/, added.surveyToken],
      [/^\/api\/v1\/public\/suggestions/, added.statusToken],
      [/^\/api\/v1\/suggestions/, added.suggestion],
      [/^\/api\/v1\/reviews/, added.review],
      [/^\/api\/v1\/reports\/tables/, "by_priority"],
      [/^\/api\/v1\/tutorials/, await first("select id from tutorials order by title limit 1")],
      [/^\/api\/v1\/playlists/, await first("select id from playlists limit 1")],
      [
        /^\/api\/v1\/reports\/review-pack\/schedules/,
        await first("select id from organizations where kind = 'client' limit 1"),
      ],
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
      [
        /^\/api\/v1\/(public\/)?kb\/articles/,
        await first(
          "select id from kb_articles where visibility = 'public' and status = 'published' order by key limit 1",
        ),
      ],
    ];
    return (path, name) => {
      if (name === "channel") return "phone";
      if (name === "language") return "en";
      if (name === "version") return "1";
      if (name === "roundId") return added.regularRound;
      if (name === "questionId") return "better";
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
  "/api/v1/reports/tickets": "?from=2026-01-01&to=2026-03-03&figure=created",
  "/api/v1/reports/trend": "?from=2026-01-01&to=2026-03-03&bucket=week",
  "/api/v1/reports/tables/{table}": "?from=2026-01-01&to=2026-03-03",
  "/api/v1/search": "?q=outlook%20password",
  "/api/v1/onboarding/progress": "?organizationId=00000000-0000-4000-8000-000000000000",
  "/api/v1/kb/articles/{id}/diff": "?from=1&to=1",
  "/api/v1/kb/suggestions": "?text=outlook%20password",
  "/api/v1/visits": "?from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z",
};
