import { expect, it } from "vitest";
import { consultationForm } from "../../test/support/factories.ts";
import { describeEachEngine } from "../../test/support/db.ts";
import { withApp } from "../../test/support/http.ts";
import { jobs } from "../platform/jobs/jobs.tables.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { tickets } from "../tickets/ticket.tables.ts";

// What the form promises, the server keeps: a window during support hours (Asia/Karachi, Mon–Fri 09:00–18:00 in
// the seeded calendar), and a confirmation mail only when there is a mail server to send it.

const URL = "/api/v1/public/consultations";
const FORM = consultationForm();

describeEachEngine("consultation form: support hours and the confirmation mail", (ctx) => {
  const noMail = withApp(ctx);
  const withMail = withApp(ctx, { SMTP_URL: "smtp://mail.frontline.test:25" });
  const post = (app: typeof noMail.app, body: object) => app.inject({ method: "POST", url: URL, payload: body });

  it("refuses a window outside support hours, naming the field, and opens nothing", async () => {
    await ensureSlaDefaults(ctx.deps);
    const evening = await post(noMail.app, { ...FORM, windowStart: "19:00", windowEnd: "20:00" });
    expect(evening.statusCode).toBe(422);
    expect(evening.json().errors).toEqual([
      { field: "body.windowStart", message: "must be within support hours on 2026-03-05: 09:00–18:00 (Asia/Karachi)" },
    ]);
    const late = await post(noMail.app, { ...FORM, windowStart: "17:00", windowEnd: "18:30" });
    expect(late.json().errors).toEqual([expect.objectContaining({ field: "body.windowEnd" })]);
    const saturday = await post(noMail.app, { ...FORM, preferredDate: "2026-03-07" });
    expect(saturday.json().errors).toEqual([expect.objectContaining({ field: "body.preferredDate" })]);
    expect(await ctx.deps.db.select().from(tickets)).toEqual([]);
  });

  it("without a mail server, says no confirmation mail was queued, and queues none", async () => {
    await ensureSlaDefaults(ctx.deps);
    const res = await post(noMail.app, FORM);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accepted: true, reference: "#10001", confirmationMailQueued: false });
    expect(await ctx.deps.db.select().from(jobs)).toEqual([]);
  });

  it("with a mail server, queues the confirmation and says so", async () => {
    await ensureSlaDefaults(ctx.deps);
    const res = await post(withMail.app, FORM);
    expect(res.json()).toMatchObject({ accepted: true, confirmationMailQueued: true });
    expect(await ctx.deps.db.select().from(jobs)).toEqual([
      expect.objectContaining({ kind: "consultation.confirmation" }),
    ]);
  });
});
