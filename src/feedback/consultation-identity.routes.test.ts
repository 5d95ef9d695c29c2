import { asc, eq } from "drizzle-orm";
import pino from "pino";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace, consultationForm } from "../../test/support/factories.ts";
import { call, sessionFor, withApp } from "../../test/support/http.ts";
import { useSmtpSink } from "../../test/support/smtp.ts";
import { people } from "../identity/identity.tables.ts";
import { jobs } from "../platform/jobs/jobs.tables.ts";
import { runDueJobs } from "../platform/jobs/run-jobs.ts";
import { createSmtpMailer } from "../platform/mail/mailer.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import { consultationJobHandlers } from "./consultation-mail.job.ts";
import { UNVERIFIED_VISITOR } from "./consultation.store.ts";
import { consultationRequests } from "./feedback.tables.ts";

// An anonymous form never acts as an existing person (docs/decisions/0004).
const smtp = useSmtpSink();

const FORM = consultationForm({ name: "Someone", company: "Anywhere Ltd", topic: "Access to everything" });

describeEachEngine("the consultation form and who a request belongs to", (ctx) => {
  // A mail server configured (its address does not matter: the jobs run below through the loopback sink).
  const http = withApp(ctx, { PUBLIC_URL: "https://desk.example", SMTP_URL: "smtp://127.0.0.1:2525" });
  const post = (email: string) =>
    http.app.inject({ method: "POST", url: "/api/v1/public/consultations", payload: { ...FORM, email } });

  async function sendMail(): Promise<string> {
    const mailer = createSmtpMailer(smtp.url(), "Frontline <desk@frontline.test>");
    const before = smtp.mails.length;
    const config = { ...ctx.deps.config, PUBLIC_URL: "https://desk.example" };
    try {
      await runDueJobs(ctx.deps.db, consultationJobHandlers({ ...ctx.deps, config }, mailer), {
        now: () => ctx.deps.clock.now(),
        log: pino({ level: "silent" }),
      });
    } finally {
      mailer.close();
    }
    const mail = smtp.mails[before];
    expect(mail, "a mail was sent").toBeDefined();
    return mail!.raw.replace(/=\r\n/g, "").replace(/=3D/g, "=");
  }

  const tokenIn = (text: string) => /consultation\/confirm#token=([A-Za-z0-9_.-]+)/.exec(text)?.[1];

  it("with a staff member's address, creates nothing attributed to that account and never makes them the requester", async () => {
    const w = await buildWorkspace(ctx.deps);
    const adminEmail = `${w.admin.name}@example.test`;
    const res = await post(adminEmail.toUpperCase());
    expect(res.statusCode, res.body).toBe(201);
    const [ticket] = await ctx.deps.db.select().from(tickets);
    expect(ticket!.requesterId).not.toBe(w.admin.personId);
    const events = await ctx.deps.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket!.id));
    expect(events.map((e) => [e.type, e.actorId, (e.data as { fromStaff?: boolean }).fromStaff])).toEqual([
      ["created", null, false],
    ]);
    expect(JSON.stringify(events)).not.toContain(w.admin.personId);
    const [request] = await ctx.deps.db.select().from(consultationRequests);
    expect(request).toMatchObject({ email: adminEmail.toUpperCase(), name: "Someone", linkedPersonId: null });
    const text = await sendMail();
    expect(tokenIn(text)).toBeUndefined();
    // The admin signs in and finds no ticket of theirs.
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const listed = (await call(http.app, { method: "GET", url: "/api/v1/tickets", as: admin })).json().items as Array<{
      requesterId: string;
    }>;
    expect(listed).toHaveLength(1);
    expect(listed.filter((t) => t.requesterId === w.admin.personId)).toEqual([]);
  });

  it("keeps a new address unlinked on the unverified web visitor, creating no account", async () => {
    const res = await post("new.person@prospect.example");
    expect(res.statusCode).toBe(201);
    const [ticket] = await ctx.deps.db.select().from(tickets);
    const persons = await ctx.deps.db.select().from(people);
    // The only person is the neutral visitor, with no password: no account was made for the address.
    expect(persons.map((p) => [p.id, p.email, p.passwordHash])).toEqual([
      [ticket!.requesterId, UNVERIFIED_VISITOR.email, null],
    ]);
    expect(tokenIn(await sendMail())).toBeUndefined();
  });

  it("links a known requester's address only after they confirm the signed link mailed to it", async () => {
    const w = await buildWorkspace(ctx.deps);
    const email = `${w.requester.name}@example.test`;
    expect((await post(email)).statusCode).toBe(201);
    const [ticket] = await ctx.deps.db.select().from(tickets);
    expect(ticket!.requesterId).not.toBe(w.requester.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    expect(
      (await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}`, as: requester })).statusCode,
    ).toBe(404);
    const [job] = await ctx.deps.db.select().from(jobs);
    expect(job!.kind).toBe("consultation.confirmation");

    const token = tokenIn(await sendMail());
    expect(token).toBeDefined();
    const confirm = (t: string) =>
      http.app.inject({ method: "POST", url: "/api/v1/public/consultations/confirm", payload: { token: t } });
    const forged = await confirm(`${token!.slice(0, -2)}xy`);
    expect(forged.statusCode).toBe(422);
    expect(forged.json()).toMatchObject({ code: "CONFIRMATION_LINK_INVALID", errors: [{ field: "body.token" }] });

    const ok = await confirm(token!);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ linked: true, reference: `#${ticket!.number}` });
    expect((await confirm(token!)).statusCode).toBe(200); // a second click answers the same
    const seen = await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}`, as: requester });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ requesterId: w.requester.personId, organizationId: w.client.id });
    const events = await ctx.deps.db
      .select()
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, ticket!.id))
      .orderBy(asc(ticketEvents.seq));
    const linked = events.filter((e) => e.type === "requester_linked");
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({
      actorId: w.requester.personId,
      data: { via: "confirmation", to: { requesterId: w.requester.personId } },
    });
  });

  it("refuses an expired link (72 hours), which links nothing", async () => {
    const w = await buildWorkspace(ctx.deps);
    await post(`${w.requester.name}@example.test`);
    const token = tokenIn(await sendMail())!;
    ctx.deps.clock.advance(72 * 3_600_000);
    const res = await http.app.inject({
      method: "POST",
      url: "/api/v1/public/consultations/confirm",
      payload: { token },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "CONFIRMATION_LINK_EXPIRED", errors: [{ field: "body.token" }] });
    const [ticket] = await ctx.deps.db.select().from(tickets);
    expect(ticket!.requesterId).not.toBe(w.requester.personId);
  });

  it("lets an agent see the unverified contact and link the request to a requester, never to staff", async () => {
    const w = await buildWorkspace(ctx.deps);
    await post(`${w.requester.name}@example.test`);
    const [ticket] = await ctx.deps.db.select().from(tickets);
    const url = `/api/v1/tickets/${ticket!.id}/consultation`;
    const admin = await sessionFor(ctx.deps, w.admin.personId);
    const shown = await call(http.app, { method: "GET", url, as: admin });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      contact: { name: "Someone", email: `${w.requester.name}@example.test`, company: "Anywhere Ltd" },
      verified: false,
      addressOwner: { id: w.requester.personId },
    });
    const toStaff = await call(http.app, {
      method: "POST",
      url: `${url}/link`,
      as: admin,
      body: { personId: w.agent.personId },
    });
    expect(toStaff.statusCode).toBe(422);
    expect(toStaff.json()).toMatchObject({ code: "REQUESTER_NOT_FOUND", errors: [{ field: "body.personId" }] });
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    expect(
      (
        await call(http.app, {
          method: "POST",
          url: `${url}/link`,
          as: requester,
          body: { personId: w.requester.personId },
        })
      ).statusCode,
    ).toBe(404);

    const linked = await call(http.app, {
      method: "POST",
      url: `${url}/link`,
      as: admin,
      body: { personId: w.colleague.personId },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ requesterId: w.colleague.personId, organizationId: w.client.id });
    const again = await call(http.app, {
      method: "POST",
      url: `${url}/link`,
      as: admin,
      body: { personId: w.requester.personId },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("REQUEST_ALREADY_LINKED");
    expect((await call(http.app, { method: "GET", url, as: admin })).json()).toMatchObject({
      verified: true,
      linkedPersonId: w.colleague.personId,
      addressOwner: null,
    });
    const history = (
      await call(http.app, { method: "GET", url: `/api/v1/tickets/${ticket!.id}/events`, as: admin })
    ).json().items;
    expect(history.at(-1)).toMatchObject({
      type: "requester_linked",
      actorId: w.admin.personId,
      data: { via: "agent" },
    });
    const other = await call(http.app, {
      method: "GET",
      url: `/api/v1/tickets/${ticket!.id}/consultation`.replace(ticket!.id, "99999"),
      as: admin,
    });
    expect(other.statusCode).toBe(404);
  });
});
