import ExcelJS from "exceljs";
import { simpleParser } from "mailparser";
import pino from "pino";
import { expect, it } from "vitest";
import { describeEachEngine, type TestDeps } from "../../../test/support/db.ts";
import { buildPerson, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { useSmtpSink } from "../../../test/support/smtp.ts";
import { findAuditEntries } from "../../identity/audit.store.ts";
import { runDueJobs } from "../../platform/jobs/run-jobs.ts";
import { createSmtpMailer } from "../../platform/mail/mailer.ts";
import { makeSurveyLink } from "../survey-link.ts";
import { openDueRounds, queueDueReminders, regularSurveyJobHandlers } from "./regular-survey-rounds.job.ts";
import { remindersOf } from "./regular-survey.store.ts";
import { regularSurveyInvitations } from "./regular-survey.tables.ts";

const smtp = useSmtpSink();

const QUESTIONS = [
  { id: "overall", kind: "scale", text: "How satisfied are you?", textUr: null, required: true, satisfaction: true },
  {
    id: "reach",
    kind: "choice",
    text: "How do you reach us?",
    textUr: null,
    required: false,
    options: ["Mail", "Phone"],
  },
  { id: "better", kind: "text", text: "What should we do better?", textUr: null, required: false },
];

describeEachEngine("regular surveys", (ctx) => {
  const http = withApp(ctx);
  const mailing = (deps: TestDeps) => ({
    ...deps,
    config: { ...deps.config, PUBLIC_URL: "https://desk.example.test", SMTP_URL: smtp.url() },
  });

  /** A quarterly survey of the client from 2026-03-02 (the test clock's day), 14 days, a reminder every 5 days. */
  async function scheduled(over: Record<string, unknown> = {}) {
    const w = await buildWorkspace(ctx.deps);
    await buildPerson(ctx.deps, w.client.id, "requester", { active: false });
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const res = await call(http.app, {
      method: "POST",
      url: "/api/v1/regular-surveys",
      as: admin,
      body: {
        title: "Quarterly check-in",
        titleUr: null,
        questions: QUESTIONS,
        organizationIds: [w.client.id],
        recurrence: "quarterly",
        startDate: "2026-03-02",
        windowDays: 14,
        reminderAfterDays: 5,
        reminderMax: 2,
        status: "active",
        ...over,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { w, admin, survey: res.json() as { id: string } };
  }

  async function invitationOf(personId: string) {
    const rows = await ctx.deps.db.select().from(regularSurveyInvitations);
    const row = rows.find((r) => r.personId === personId)!;
    const { token } = await makeSurveyLink(ctx.deps.db, "regular_survey", row.id, row.expiresAt);
    return { row, token };
  }

  it("lets admins alone define and change surveys, audited; managers read; requesters neither", async () => {
    const { w, admin, survey } = await scheduled({ status: "draft" });
    const manager = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "manager")).id);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const list = await call(http.app, { method: "GET", url: "/api/v1/regular-surveys", as: manager });
    expect(list.json().items).toMatchObject([{ id: survey.id, status: "draft", questions: QUESTIONS }]);
    const { id: _id, createdAt: _c, updatedAt: _u, ...definition } = list.json().items[0];
    const denied = await call(http.app, {
      method: "PUT",
      url: `/api/v1/regular-surveys/${survey.id}`,
      as: manager,
      body: definition,
    });
    expect(denied.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect((await call(http.app, { method: "GET", url: "/api/v1/regular-surveys", as: requester })).statusCode).toBe(
      403,
    );
    const activated = await call(http.app, {
      method: "PUT",
      url: `/api/v1/regular-surveys/${survey.id}`,
      as: admin,
      body: { ...definition, status: "active" },
    });
    expect(activated.json()).toMatchObject({ status: "active" });
    const audit = await findAuditEntries(ctx.deps.db, w.admin, { entity: "regular_survey" });
    expect(audit.items.map((e) => e.action).sort()).toEqual(["regular_survey.created", "regular_survey.updated"]);
    expect(audit.items.find((e) => e.action === "regular_survey.updated")!.changes).toEqual({
      status: { from: "draft", to: "active" },
    });
  });

  it("refuses a provider as a target and a malformed question, naming the field", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const body = {
      title: "Check-in",
      titleUr: null,
      questions: QUESTIONS,
      organizationIds: [w.client.id, w.provider.id],
      recurrence: "once",
      startDate: "2026-03-02",
      windowDays: 7,
      reminderAfterDays: null,
      reminderMax: 0,
      status: "active",
    };
    const provider = await call(http.app, { method: "POST", url: "/api/v1/regular-surveys", as: admin, body });
    expect(provider.json()).toMatchObject({
      status: 422,
      code: "SURVEY_ORGANIZATION_INVALID",
      errors: [{ field: "body.organizationIds.1" }],
    });
    const badQuestion = await call(http.app, {
      method: "POST",
      url: "/api/v1/regular-surveys",
      as: admin,
      body: { ...body, organizationIds: [w.client.id], questions: [{ ...QUESTIONS[1], options: ["Only one"] }] },
    });
    expect(badQuestion.statusCode).toBe(422);
    expect(badQuestion.json().errors[0].field).toMatch(/^body\.questions\.0/);
  });

  it("opens each round once across two workers, inviting every active requester of the organization", async () => {
    const { w } = await scheduled();
    const opened = await Promise.all([openDueRounds(ctx.deps), openDueRounds(ctx.deps)]);
    expect(opened[0] + opened[1]).toBe(1);
    expect(await openDueRounds(ctx.deps)).toBe(0);
    const invitations = await ctx.deps.db.select().from(regularSurveyInvitations);
    expect(invitations.map((i) => i.personId).sort()).toEqual([w.requester.personId, w.colleague.personId].sort());
    expect(invitations.every((i) => !i.mailed && i.expiresAt.toISOString() === "2026-03-16T00:00:00.000Z")).toBe(true);
    // A quarter later the next round opens, once.
    ctx.deps.clock.set("2026-06-02T08:00:00Z");
    expect(await openDueRounds(ctx.deps)).toBe(1);
    expect(await openDueRounds(ctx.deps)).toBe(0);
  });

  it("takes answers by the link once, checks each against its question, and refuses forged links", async () => {
    const { w } = await scheduled();
    await openDueRounds(ctx.deps);
    const { token } = await invitationOf(w.requester.personId);
    const page = await call(http.app, { method: "GET", url: `/api/v1/public/regular-surveys/${token}` });
    expect(page.json()).toMatchObject({ title: "Quarterly check-in", questions: QUESTIONS, language: "en" });
    const answer = (answers: Record<string, unknown>) =>
      call(http.app, { method: "PUT", url: `/api/v1/public/regular-surveys/${token}/answer`, body: { answers } });
    expect((await answer({ reach: "Fax", overall: 4 })).json()).toMatchObject({
      status: 422,
      code: "SURVEY_ANSWER_INVALID",
      errors: [{ field: "body.answers.reach" }],
    });
    expect((await answer({ reach: "Mail" })).json()).toMatchObject({ errors: [{ field: "body.answers.overall" }] });
    expect((await answer({ overall: 5, reach: "Mail", better: "Evening hours" })).json()).toEqual({ answered: true });
    expect((await answer({ overall: 1 })).json()).toMatchObject({ status: 410, code: "SURVEY_LINK_USED" });
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    expect((await call(http.app, { method: "GET", url: `/api/v1/public/regular-surveys/${forged}` })).statusCode).toBe(
      404,
    );
    // A post-resolution survey's link of the same id names nothing here: the kinds are signed apart.
    const { row } = await invitationOf(w.colleague.personId);
    const other = await makeSurveyLink(ctx.deps.db, "survey", row.id, row.expiresAt);
    const crossed = await call(http.app, { method: "GET", url: `/api/v1/public/regular-surveys/${other.token}` });
    expect(crossed.json()).toMatchObject({ status: 404, code: "SURVEY_NOT_FOUND" });
    ctx.deps.clock.set("2026-03-16T00:00:00Z");
    const { token: late } = await invitationOf(w.colleague.personId);
    expect((await call(http.app, { method: "GET", url: `/api/v1/public/regular-surveys/${late}` })).statusCode).toBe(
      410,
    );
  });

  it("lists a requester's own surveys in the portal and takes their answer there, never someone else's", async () => {
    const { w } = await scheduled();
    await openDueRounds(ctx.deps);
    const me = await sessionFor(ctx.deps, w.requester.personId);
    const mine = await call(http.app, { method: "GET", url: "/api/v1/surveys/mine", as: me });
    expect(mine.json().items).toMatchObject([{ title: "Quarterly check-in", answered: false }]);
    const { row: colleagues } = await invitationOf(w.colleague.personId);
    const theirs = await call(http.app, {
      method: "PUT",
      url: `/api/v1/surveys/mine/${colleagues.id}/answer`,
      as: me,
      body: { answers: { overall: 1 } },
    });
    expect(theirs.json()).toMatchObject({ status: 404, code: "REGULAR_SURVEY_NOT_FOUND" });
    const url = `/api/v1/surveys/mine/${mine.json().items[0].invitationId}/answer`;
    expect((await call(http.app, { method: "PUT", url, as: me, body: { answers: { overall: 3 } } })).statusCode).toBe(
      200,
    );
    expect((await call(http.app, { method: "PUT", url, as: me, body: { answers: { overall: 3 } } })).statusCode).toBe(
      410,
    );
    const after = await call(http.app, { method: "GET", url: "/api/v1/surveys/mine", as: me });
    expect(after.json().items).toMatchObject([{ answered: true }]);
  });

  it("mails each link and reminds those who have not answered once per reminder, even with two workers", async () => {
    const { w } = await scheduled();
    const deps = mailing(ctx.deps);
    await openDueRounds(deps);
    const mailer = createSmtpMailer(smtp.url(), "desk@frontline.test");
    const options = { now: () => ctx.deps.clock.now(), log: pino({ level: "silent" }) };
    const handlers = regularSurveyJobHandlers(deps, mailer);
    const before = smtp.mails.length;
    try {
      expect(await runDueJobs(ctx.deps.db, handlers, options)).toMatchObject({ claimed: 2, done: 2 });
      const invite = await simpleParser(smtp.mails[before]!.raw);
      expect(invite.subject).toBe("Quarterly check-in");
      expect(invite.text).toMatch(/https:\/\/desk\.example\.test\/survey\/regular\/[\w-]+\.[\w-]+/);
      const { token } = await invitationOf(w.requester.personId);
      await call(http.app, {
        method: "PUT",
        url: `/api/v1/public/regular-surveys/${token}/answer`,
        body: { answers: { overall: 4 } },
      });
      ctx.deps.clock.set("2026-03-07T09:00:00Z");
      const queued = await Promise.all([queueDueReminders(deps), queueDueReminders(deps)]);
      expect(queued[0] + queued[1]).toBe(1);
      expect(await queueDueReminders(deps)).toBe(0);
      expect(await runDueJobs(ctx.deps.db, handlers, options)).toMatchObject({ claimed: 1, done: 1 });
      const reminder = await simpleParser(smtp.mails.at(-1)!.raw);
      expect(reminder.subject).toBe("Reminder: Quarterly check-in");
      const { row } = await invitationOf(w.colleague.personId);
      expect(await remindersOf(ctx.deps.db, row.id)).toMatchObject([{ number: 1 }]);
    } finally {
      await mailer.close();
    }
  });

  it(
    "gives managers the results per question, the text answers a page at a time, and exports them",
    { timeout: 300_000 },
    async () => {
      const { w, survey } = await scheduled();
      await openDueRounds(ctx.deps);
      for (const [person, answers] of [
        [w.requester.personId, { overall: 5, reach: "Mail", better: "Evening hours" }],
        [w.colleague.personId, { overall: 2, reach: "Mail" }],
      ] as const) {
        const { token } = await invitationOf(person);
        await call(http.app, {
          method: "PUT",
          url: `/api/v1/public/regular-surveys/${token}/answer`,
          body: { answers },
        });
      }
      const manager = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "manager")).id);
      const detail = await call(http.app, { method: "GET", url: `/api/v1/regular-surveys/${survey.id}`, as: manager });
      const [round] = detail.json().rounds;
      expect(round).toMatchObject({ periodStart: "2026-03-02", invited: 2, responses: 2, open: true });
      const base = `/api/v1/reports/surveys/${survey.id}/rounds/${round.id}`;
      const results = await call(http.app, { method: "GET", url: base, as: manager });
      expect(results.json()).toMatchObject({ invited: 2, responses: 2, response_rate: 1 });
      expect(results.json().questions).toMatchObject([
        { kind: "scale", mean: 3.5, distribution: { "2": 1, "5": 1 } },
        {
          kind: "choice",
          counts: [
            { option: "Mail", count: 2 },
            { option: "Phone", count: 0 },
          ],
        },
        { kind: "text", answered: 1 },
      ]);
      const texts = await call(http.app, {
        method: "GET",
        url: `${base}/questions/better/answers?limit=1`,
        as: manager,
      });
      expect(texts.json()).toMatchObject({ total: 1, items: [{ text: "Evening hours" }] });
      const csv = await call(http.app, { method: "GET", url: `${base}/export?format=csv`, as: manager });
      expect(csv.headers["content-type"]).toMatch(/text\/csv/);
      expect(csv.body).toContain("Evening hours");
      const xlsx = await call(http.app, { method: "GET", url: `${base}/export?format=xlsx`, as: manager });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets[0]!.rowCount).toBe(1 + 5 + 2 + 1);
      const requester = await sessionFor(ctx.deps, w.requester.personId);
      expect((await call(http.app, { method: "GET", url: base, as: requester })).statusCode).toBe(403);
      // The satisfaction indicator counts the satisfaction question apart from post-resolution ratings.
      const period = "from=2026-03-01&to=2026-04-01";
      const indicators = await call(http.app, {
        method: "GET",
        url: `/api/v1/reports/indicators?${period}`,
        as: manager,
      });
      expect(indicators.json().satisfaction).toMatchObject({
        responses: 0,
        regular_survey: { invited: 2, responses: 2, mean: 3.5, response_rate: 1 },
      });
      const other = await call(http.app, {
        method: "GET",
        url: `/api/v1/reports/indicators?${period}&organizationId=${w.other.id}`,
        as: manager,
      });
      expect(other.json().satisfaction.regular_survey).toMatchObject({ invited: 0, responses: 0 });
    },
  );
});
