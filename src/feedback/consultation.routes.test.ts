import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildOrg, buildPerson, consultationForm } from "../../test/support/factories.ts";
import { withApp } from "../../test/support/http.ts";
import { useSmtpSink } from "../../test/support/smtp.ts";
import { organizations, people } from "../identity/identity.tables.ts";
import { jobs } from "../platform/jobs/jobs.tables.ts";
import { runDueJobs } from "../platform/jobs/run-jobs.ts";
import { createSmtpMailer } from "../platform/mail/mailer.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { consultationJobHandlers } from "./consultation-mail.job.ts";
import { UNVERIFIED_VISITOR } from "./consultation.store.ts";
import { consultationRequests } from "./feedback.tables.ts";

// A real SMTP server on loopback that keeps every message it is given.
const smtp = useSmtpSink();
const mails = smtp.mails;

const URL = "/api/v1/public/consultations";
// The address in mixed case: the form keeps it as typed.
const FORM = consultationForm({ email: "Sana.Iqbal@Ravi-Foods.example" });

describeEachEngine("consultation routes", (ctx) => {
  const http = withApp(ctx);
  const mailing = withApp(ctx, { SMTP_URL: "smtp://mail.frontline.test:25" });
  const post = (body: unknown, app = http.app) => app.inject({ method: "POST", url: URL, payload: body as object });

  it("opens a consultation ticket for the unverified visitor, stores the request as typed and mails a receipt (SMTP round trip)", async () => {
    await ensureSlaDefaults(ctx.deps);
    const res = await post(FORM, mailing.app);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      accepted: true,
      reference: "#10001",
      preferredDate: "2026-03-05",
      windowStart: "10:00",
      windowEnd: "12:00",
      confirmationMailQueued: true,
    });

    const [visitor] = await ctx.deps.db.select().from(people);
    const [prospects] = await ctx.deps.db.select().from(organizations);
    expect(prospects).toMatchObject({ name: "Prospects", kind: "client" });
    expect(visitor).toMatchObject({
      name: UNVERIFIED_VISITOR.name,
      email: UNVERIFIED_VISITOR.email,
      role: "requester",
      organizationId: prospects!.id,
      passwordHash: null,
    });
    const [ticket] = await ctx.deps.db.select().from(tickets);
    expect(ticket).toMatchObject({
      number: 10001,
      type: "consultation",
      channel: "portal",
      impact: "person",
      urgency: "low",
      subject: "Consultation: Cloud file shares",
      requesterId: visitor!.id,
    });
    expect(ticket!.description).toContain("Preferred day: 2026-03-05, between 10:00 and 12:00 (Asia/Karachi)");
    expect(ticket!.description).toContain("Company: Ravi Foods");
    const [request] = await ctx.deps.db.select().from(consultationRequests);
    expect(request).toMatchObject({
      ticketId: ticket!.id,
      name: "Sana Iqbal",
      email: "Sana.Iqbal@Ravi-Foods.example",
      company: "Ravi Foods",
      preferredDate: "2026-03-05",
      windowStart: "10:00",
      windowEnd: "12:00",
      topic: "Cloud file shares",
      linkedPersonId: null,
    });

    const [job] = await ctx.deps.db.select().from(jobs);
    expect(job).toMatchObject({ kind: "consultation.confirmation", payload: { consultationId: request!.id } });
    const mailer = createSmtpMailer(smtp.url(), "Frontline <desk@frontline.test>");
    try {
      const ran = await runDueJobs(ctx.deps.db, consultationJobHandlers(ctx.deps, mailer), {
        now: () => ctx.deps.clock.now(),
        log: pino({ level: "silent" }),
      });
      expect(ran).toMatchObject({ claimed: 1, done: 1 });
    } finally {
      mailer.close();
    }
    const mail = mails.find((m) => m.rcptTo.map((a) => a.toLowerCase()).includes("sana.iqbal@ravi-foods.example"));
    expect(mail, JSON.stringify(mails.map((m) => m.rcptTo))).toBeDefined();
    const text = mail!.raw.replace(/=\r\n/g, "");
    expect(text).toContain("#10001");
    expect(text).toContain("2026-03-05");
    expect(text).toMatch(/10:00.*12:00/);
  });

  it("never makes the person who has the address the requester by itself, and keeps one visitor and one Prospects organization", async () => {
    const client = await buildOrg(ctx.deps);
    const known = await buildPerson(ctx.deps, client.id, "requester", { email: "sana.iqbal@ravi-foods.example" });
    expect((await post(FORM)).statusCode).toBe(201);
    expect((await post({ ...FORM, email: "omar@ravi-foods.example", name: "Omar" })).statusCode).toBe(201);
    expect((await post({ ...FORM, email: "OMAR@ravi-foods.example", name: "Omar again" })).statusCode).toBe(201);
    const rows = await ctx.deps.db.select().from(tickets);
    expect(rows.filter((t) => t.requesterId === known.id)).toEqual([]);
    expect(new Set(rows.map((t) => t.requesterId)).size).toBe(1);
    expect(await ctx.deps.db.select().from(organizations).where(eq(organizations.name, "Prospects"))).toHaveLength(1);
    expect((await ctx.deps.db.select().from(people)).map((p) => p.name).sort()).toEqual(
      [known.name, UNVERIFIED_VISITOR.name].sort(),
    );
  });

  it("answers a filled-in honeypot exactly like a success, but stores and sends nothing", async () => {
    const res = await post({ ...FORM, website: "http://cheap-pills.example" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      accepted: true,
      reference: null,
      preferredDate: "2026-03-05",
      windowStart: "10:00",
      windowEnd: "12:00",
      confirmationMailQueued: false,
    });
    expect(await ctx.deps.db.select().from(tickets)).toEqual([]);
    expect(await ctx.deps.db.select().from(people)).toEqual([]);
    expect(await ctx.deps.db.select().from(jobs)).toEqual([]);
  });

  it("names every bad field at once, as problem+json", async () => {
    const res = await post({
      ...FORM,
      name: "",
      email: "sana@",
      phone: "12ab",
      preferredDate: "2026-13-01",
      windowStart: "10:00",
      windowEnd: "09:00",
      topic: " ",
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "body.name",
      "body.email",
      "body.phone",
      "body.preferredDate",
      "body.windowEnd",
      "body.topic",
    ]);
    expect(res.json().errors.find((e: { field: string }) => e.field === "body.phone").message).toMatch(/digits/);
    const shape = await post({ ...FORM, phone: 3001234567, colour: "red" });
    expect(shape.statusCode).toBe(422);
    expect(
      shape
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["body.colour", "body.phone"]);
    const missing = await post({ name: "Sana" });
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain("body.email");
    expect(await ctx.deps.db.select().from(tickets)).toEqual([]);
  });

  it("reads the preferred day in the support calendar's zone: today … 90 days ahead", async () => {
    await ensureSlaDefaults(ctx.deps);
    // 20:00 UTC on 2 March is already 3 March in Karachi (UTC+5).
    ctx.deps.clock.set("2026-03-02T20:00:00Z");
    const yesterday = await post({ ...FORM, preferredDate: "2026-03-02" });
    expect(yesterday.statusCode).toBe(422);
    expect(yesterday.json().errors).toEqual([
      { field: "body.preferredDate", message: "must be today (2026-03-03) or later" },
    ]);
    expect((await post({ ...FORM, preferredDate: "2026-03-03" })).statusCode).toBe(201);
    expect((await post({ ...FORM, preferredDate: "2026-06-01" })).statusCode).toBe(201);
    expect((await post({ ...FORM, preferredDate: "2026-06-02" })).json().errors[0].field).toBe("body.preferredDate");
  });

  it("answers an address whose account was switched off like any other, so the form tells no one who has an account", async () => {
    const client = await buildOrg(ctx.deps);
    const off = await buildPerson(ctx.deps, client.id, "requester", { email: FORM.email, active: false });
    const res = await post(FORM);
    expect(res.statusCode).toBe(201);
    const [ticket] = await ctx.deps.db.select().from(tickets);
    expect(ticket!.requesterId).not.toBe(off.id);
  });

  describe("rate limit", () => {
    const limited = withApp(ctx, { CONSULTATION_RATE_LIMIT_PER_HOUR: 2 });

    it("answers 429 problem+json past CONSULTATION_RATE_LIMIT_PER_HOUR per client", async () => {
      expect((await post(FORM, limited.app)).statusCode).toBe(201);
      expect((await post({ ...FORM, phone: "bad" }, limited.app)).statusCode).toBe(422);
      const res = await post(FORM, limited.app);
      expect(res.statusCode).toBe(429);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
    });
  });
});
