import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { mailboxes, outboundMails } from "../../channels/email/mail.tables.ts";
import { auditLog } from "../../identity/identity.tables.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { signToken } from "../../platform/signing/signed-token.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { satisfactionRatings } from "../feedback.tables.ts";
import { DEFAULT_SURVEY_SETTINGS, type SurveySettings } from "./survey.ts";
import { saveSurveySettings, surveyLinkKey } from "./survey.store.ts";
import { surveyInvitations } from "./survey.tables.ts";

describeEachEngine("post-resolution survey", (ctx) => {
  const http = withApp(ctx);

  async function surveyOn(over: Partial<SurveySettings> = {}) {
    await saveSurveySettings(ctx.deps.db, { ...DEFAULT_SURVEY_SETTINGS, enabled: true, ...over }, ctx.deps.clock.now());
  }

  /** A workspace with a mailbox, and an email ticket of the requester resolved by the agent. */
  async function resolvedByMail(w?: Awaited<ReturnType<typeof buildWorkspace>>) {
    const ws = w ?? (await buildWorkspace(ctx.deps));
    if (!w) await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    const deps = { ...ctx.deps, config: { ...ctx.deps.config, PUBLIC_URL: "https://desk.example/" } };
    const t = await buildTicket(deps, ws.agent, {
      requesterId: ws.requester.personId,
      groupId: ws.group.id,
      channel: "email",
    });
    await updateTicket(deps, ws.agent, t.id, { version: 1, status: "resolved" });
    return { w: ws, t };
  }

  async function mailedToken(ticketId: string): Promise<string> {
    const mails = await ctx.deps.db.select().from(outboundMails);
    const mail = mails.find((m) => m.ticketId === ticketId && m.kind === "survey")!;
    return /https:\/\/desk\.example\/survey\/(\S+)/.exec(mail.body)![1]!;
  }

  const open = (token: string) => call(http.app, { method: "GET", url: `/api/v1/public/surveys/${token}` });
  const answer = (token: string, body: object) =>
    call(http.app, { method: "PUT", url: `/api/v1/public/surveys/${token}/answer`, body });

  it("mails the requester of a resolved email ticket a signed link, through the outbox; only its hash is kept", async () => {
    await surveyOn();
    const { w, t } = await resolvedByMail();
    const [mail] = await ctx.deps.db.select().from(outboundMails);
    expect(mail).toMatchObject({
      kind: "survey",
      status: "queued",
      subject: `[#${t.number}] Printer on floor 3 is offline`,
    });
    expect(mail!.body).toContain("How satisfied are you with how your request was handled?");
    expect(mail!.body).toMatch(/Rate it from 1 to 5, with a comment if you like: https:\/\/desk\.example\/survey\/\S+/);
    const token = await mailedToken(t.id);
    const [invitation] = await ctx.deps.db.select().from(surveyInvitations);
    expect(invitation).toMatchObject({
      ticketId: t.id,
      personId: w.requester.personId,
      mailed: true,
      answeredAt: null,
    });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(invitation!.expiresAt.toISOString()).toBe("2026-03-16T09:00:00.000Z");
    expect((await ctx.deps.db.select().from(jobs)).map((j) => j.kind)).toContain("mail.outbound");
  });

  it("takes one answer through the link, which becomes the ticket's rating; the link is then gone (410)", async () => {
    await surveyOn();
    const { t } = await resolvedByMail();
    const token = await mailedToken(t.id);
    const page = await open(token);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toEqual({
      ticketNumber: t.number,
      subject: "Printer on floor 3 is offline",
      question: DEFAULT_SURVEY_SETTINGS.question,
      questionUr: DEFAULT_SURVEY_SETTINGS.questionUr,
      language: "en",
      expiresAt: "2026-03-16T09:00:00.000Z",
    });
    const first = await answer(token, { score: 4, comment: "  Fixed before lunch.  " });
    expect(first.statusCode, first.body).toBe(200);
    expect(await ctx.deps.db.select().from(satisfactionRatings)).toMatchObject([
      { ticketId: t.id, score: 4, comment: "Fixed before lunch." },
    ]);
    for (const again of [await answer(token, { score: 1 }), await open(token)]) {
      expect(again.statusCode).toBe(410);
      expect(again.headers["content-type"]).toContain("application/problem+json");
      expect(again.json()).toMatchObject({ code: "SURVEY_LINK_USED", status: 410 });
    }
    expect(await ctx.deps.db.select().from(satisfactionRatings)).toMatchObject([{ score: 4 }]);
  });

  it("refuses a forged link with 404 and an expired one with 410, by the injected clock", async () => {
    await surveyOn({ linkDays: 7 });
    const { t } = await resolvedByMail();
    const token = await mailedToken(t.id);
    const [body, signature] = token.split(".") as [string, string];
    const [invitation] = await ctx.deps.db.select().from(surveyInvitations);
    const forgeries = [
      `${body}.${signature.slice(0, -2)}AA`, // altered signature
      `${Buffer.from('{"survey":"x","exp":9999999999}').toString("base64url")}.${signature}`, // altered payload
      signToken("some other key", { survey: invitation!.id }, new Date("2027-01-01T00:00:00Z")), // not our key
      // Our key and the right invitation, but not the token made for it: its hash does not match.
      signToken(await surveyLinkKey(ctx.deps.db), { survey: invitation!.id }, new Date("2026-03-08T00:00:00Z")),
      signToken(await surveyLinkKey(ctx.deps.db), { survey: crypto.randomUUID() }, new Date("2026-03-08T00:00:00Z")),
    ];
    for (const forged of forgeries) {
      const res = await answer(forged, { score: 5 });
      expect(res.statusCode, forged).toBe(404);
      expect(res.json()).toMatchObject({ code: "SURVEY_NOT_FOUND", errors: [{ field: "params.token" }] });
    }
    const malformed = await open("not a token");
    expect(malformed.statusCode).toBe(422);
    ctx.deps.clock.advance(7 * 86_400_000 - 1000);
    expect((await open(token)).statusCode).toBe(200);
    ctx.deps.clock.advance(1000);
    const late = await answer(token, { score: 5 });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ code: "SURVEY_LINK_EXPIRED" });
    expect(await ctx.deps.db.select().from(satisfactionRatings)).toEqual([]);
  });

  it("surveys a sample, and no requester twice within the cooldown", async () => {
    await surveyOn({ samplingPercent: 0 });
    const ws = await buildWorkspace(ctx.deps);
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    await resolvedByMail(ws);
    expect(await ctx.deps.db.select().from(surveyInvitations)).toHaveLength(0);
    await surveyOn({ cooldownDays: 10 });
    await resolvedByMail(ws);
    ctx.deps.clock.advance(9 * 86_400_000);
    await resolvedByMail(ws);
    expect(await ctx.deps.db.select().from(surveyInvitations)).toHaveLength(1);
    ctx.deps.clock.advance(86_400_000);
    await resolvedByMail(ws);
    expect(await ctx.deps.db.select().from(surveyInvitations)).toHaveLength(2);
    expect((await ctx.deps.db.select().from(outboundMails)).filter((m) => m.kind === "survey")).toHaveLength(2);
  });

  it("offers the survey in the portal on any channel; the portal rating answers it and uses the link up", async () => {
    await surveyOn();
    const w = await buildWorkspace(ctx.deps);
    const t = await buildTicket(ctx.deps, w.agent, { requesterId: w.requester.personId, groupId: w.group.id });
    await updateTicket(ctx.deps, w.agent, t.id, { version: 1, status: "resolved" });
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    const offered = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}/survey`, as: requester });
    expect(offered.json()).toEqual({
      survey: {
        question: DEFAULT_SURVEY_SETTINGS.question,
        questionUr: DEFAULT_SURVEY_SETTINGS.questionUr,
        answered: false,
        expiresAt: "2026-03-16T09:00:00.000Z",
        mailed: false,
      },
    });
    expect(await ctx.deps.db.select().from(outboundMails)).toEqual([]);
    await call(http.app, { method: "PUT", url: `/api/v1/tickets/${t.id}/rating`, body: { score: 5 }, as: requester });
    const after = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}/survey`, as: requester });
    expect(after.json().survey.answered).toBe(true);
    const [invitation] = await ctx.deps.db.select().from(surveyInvitations);
    expect(invitation).toMatchObject({ score: 5, comment: "" });
  });

  it("lets admins set the survey up (audited), managers read it, and names a bad field", async () => {
    const w = await buildWorkspace(ctx.deps);
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const url = "/api/v1/settings/survey";
    expect((await call(http.app, { method: "GET", url, as: admin })).json()).toEqual(DEFAULT_SURVEY_SETTINGS);
    const settings = { ...DEFAULT_SURVEY_SETTINGS, enabled: true, samplingPercent: 25, questionUr: null };
    const saved = await call(http.app, { method: "PUT", url, body: settings, as: admin });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(settings);
    const audit = await ctx.deps.db.select().from(auditLog);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.changes])).toEqual([
      [
        "setting.updated",
        "setting",
        "survey.post_resolution",
        {
          enabled: { from: false, to: true },
          samplingPercent: { from: 100, to: 25 },
          questionUr: { from: DEFAULT_SURVEY_SETTINGS.questionUr, to: null },
        },
      ],
    ]);
    const manager = await sessionFor(ctx.deps, (await buildPerson(ctx.deps, w.provider.id, "manager")).id);
    expect((await call(http.app, { method: "GET", url, as: manager })).json()).toEqual(settings);
    expect((await call(http.app, { method: "PUT", url, body: settings, as: manager })).statusCode).toBe(403);
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    expect((await call(http.app, { method: "PUT", url, body: settings, as: agent })).statusCode).toBe(403);
    expect((await call(http.app, { method: "GET", url, as: agent })).statusCode).toBe(403);
    const bad = await call(http.app, { method: "PUT", url, body: { ...settings, samplingPercent: 101 }, as: admin });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe("body.samplingPercent");
  });
});
