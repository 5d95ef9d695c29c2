import { eq } from "drizzle-orm";
import ical, { type VEvent } from "node-ical";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { buildPerson, buildTicket, buildWorkspace } from "../../../test/support/factories.ts";
import { call, sessionFor, type Browser } from "../../../test/support/http.ts";
import { withApp } from "../../../test/support/http.ts";
import { mailboxes, outboundMails } from "../../channels/email/mail.tables.ts";
import { organizations } from "../../identity/identity.tables.ts";

// The test clock stands at Monday 2026-03-02 09:00Z (14:00 in Lahore). The client's head office opens 09:00–18:00
// Lahore time on weekdays, so 2026-03-03 05:00–07:00Z (10:00–12:00 local) is a plain booking.
const HQ = {
  id: "hq",
  label: "Head office",
  street: "12 Mall Road",
  city: "Lahore",
  timezone: "Asia/Karachi",
  hours: { days: [1, 2, 3, 4, 5], open: "09:00", close: "18:00" },
};
const TUESDAY = { windowStart: "2026-03-03T05:00:00Z", windowEnd: "2026-03-03T07:00:00Z" };

describeEachEngine("onsite visit routes", (ctx) => {
  const http = withApp(ctx);

  async function setting() {
    const w = await buildWorkspace(ctx.deps);
    await ctx.deps.db
      .update(organizations)
      .set({ addresses: [HQ] })
      .where(eq(organizations.id, w.client.id));
    const t = await buildTicket(ctx.deps, w.agent, {
      requesterId: w.requester.personId,
      groupId: w.group.id,
      assigneeId: w.agent.personId,
    });
    const agent = await sessionFor(ctx.deps, w.agent.personId);
    const requester = await sessionFor(ctx.deps, w.requester.personId);
    return { w, t, agent, requester };
  }
  const book = (ticketId: string, as: Browser, over: Record<string, unknown> = {}, technicianId?: string) =>
    call(http.app, {
      method: "POST",
      url: `/api/v1/tickets/${ticketId}/visits`,
      as,
      body: {
        technicianId,
        site: { addressId: "hq", floor: "3", room: "301" },
        ...TUESDAY,
        notes: "Ring Ali",
        ...over,
      },
    });

  it("an agent books a visit; the requester sees it on their ticket without the internal notes, others do not", async () => {
    const { w, t, agent, requester } = await setting();
    const res = await book(t.id, agent, {}, w.agent.personId);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ticketNumber: t.number,
      technicianId: w.agent.personId,
      site: { addressId: "hq", label: "Head office, 12 Mall Road, Lahore", timezone: "Asia/Karachi", floor: "3" },
      windowStart: "2026-03-03T05:00:00.000Z",
      status: "scheduled",
      sequence: 0,
      notes: "Ring Ali",
    });
    const seen = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}/visits`, as: requester });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toHaveLength(1);
    expect(seen.json().items[0]).not.toHaveProperty("notes");
    const history = await call(http.app, { method: "GET", url: `/api/v1/tickets/${t.id}/events`, as: requester });
    const visitEvent = history.json().items.find((e: { type: string }) => e.type === "visit");
    expect(visitEvent.data).toMatchObject({ action: "scheduled", windowStart: "2026-03-03T05:00:00.000Z" });
    expect(visitEvent.data).not.toHaveProperty("notes");

    const outsider = await sessionFor(ctx.deps, w.outsider.personId);
    const hidden = await call(http.app, { method: "GET", url: `/api/v1/visits/${res.json().id}`, as: outsider });
    expect(hidden.statusCode).toBe(404);
    const week = `/api/v1/visits?from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z`;
    expect((await call(http.app, { method: "GET", url: week, as: outsider })).json().items).toEqual([]);
    expect((await call(http.app, { method: "GET", url: week, as: requester })).json().items).toHaveLength(1);
  });

  it("a requester cannot book a visit on their own ticket (403) nor check in", async () => {
    const { w, t, agent, requester } = await setting();
    const res = await book(t.id, requester, {}, w.agent.personId);
    expect(res.statusCode).toBe(403);
    const id = (await book(t.id, agent, {}, w.agent.personId)).json().id;
    const checkIn = await call(http.app, { method: "POST", url: `/api/v1/visits/${id}/check-in`, as: requester });
    expect(checkIn.statusCode).toBe(403);
    expect(checkIn.json().code).toBe("VISIT_FORBIDDEN");
  });

  it("names the field: a requester as technician (422), an address of no one (422), a window ending first (422)", async () => {
    const { w, t, agent } = await setting();
    const notAgent = await book(t.id, agent, {}, w.requester.personId);
    expect(notAgent.statusCode).toBe(422);
    expect(notAgent.json()).toMatchObject({ code: "TECHNICIAN_NOT_AGENT", errors: [{ field: "body.technicianId" }] });
    const nowhere = await book(t.id, agent, { site: { addressId: "branch" } }, w.agent.personId);
    expect(nowhere.json()).toMatchObject({ code: "SITE_NOT_FOUND", errors: [{ field: "body.site.addressId" }] });
    const backwards = await book(t.id, agent, { windowEnd: "2026-03-03T04:00:00Z" }, w.agent.personId);
    expect(backwards.json()).toMatchObject({ code: "WINDOW_INVALID", errors: [{ field: "body.windowEnd" }] });
  });

  it("warns about a window in the past or outside the site's hours, and books it when a reason is given", async () => {
    const { w, t, agent } = await setting();
    const past = { windowStart: "2026-03-02T04:00:00Z", windowEnd: "2026-03-02T05:00:00Z" };
    const refused = await book(t.id, agent, past, w.agent.personId);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "WINDOW_NEEDS_REASON", errors: [{ field: "body.windowStart" }] });
    const evening = { windowStart: "2026-03-03T14:00:00Z", windowEnd: "2026-03-03T15:00:00Z" }; // 19:00 in Lahore
    const outside = await book(t.id, agent, evening, w.agent.personId);
    expect(outside.statusCode).toBe(422);
    expect(outside.json().warnings).toEqual([{ code: "OUTSIDE_SITE_HOURS", field: "body.windowStart" }]);
    const allowed = await book(
      t.id,
      agent,
      { ...evening, reason: "Server room only free after hours" },
      w.agent.personId,
    );
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it("refuses to double-book a technician (409) unless allowOverlap comes with a reason", async () => {
    const { w, t, agent } = await setting();
    expect((await book(t.id, agent, {}, w.agent.personId)).statusCode).toBe(201);
    const clash = await book(t.id, agent, { windowStart: "2026-03-03T06:00:00Z" }, w.agent.personId);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe("VISIT_OVERLAP");
    const noReason = await book(
      t.id,
      agent,
      { windowStart: "2026-03-03T06:00:00Z", allowOverlap: true },
      w.agent.personId,
    );
    expect(noReason.statusCode).toBe(409);
    const ok = await book(
      t.id,
      agent,
      { windowStart: "2026-03-03T06:00:00Z", allowOverlap: true, reason: "Same building" },
      w.agent.personId,
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it("a check-out before the check-in is a conflict; travel, check-in, check-out and the report then go in order", async () => {
    const { w, t, agent } = await setting();
    const id = (await book(t.id, agent, {}, w.agent.personId)).json().id;
    const step = (s: string) => call(http.app, { method: "POST", url: `/api/v1/visits/${id}/${s}`, as: agent });
    const early = await step("check-out");
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("VISIT_NOT_ON_SITE");
    expect((await step("travel-start")).json().status).toBe("travelling");
    ctx.deps.clock.advance(30 * 60_000);
    expect((await step("check-in")).json()).toMatchObject({ status: "on_site", arrivedAt: "2026-03-02T09:30:00.000Z" });
    expect((await step("check-in")).statusCode).toBe(409);
    const report = await call(http.app, {
      method: "POST",
      url: `/api/v1/visits/${id}/report`,
      as: agent,
      body: { workDone: "Replaced the fuser", partsUsed: "Fuser unit", signOffName: "Ali Raza" },
    });
    expect(report.json().report).toEqual({
      workDone: "Replaced the fuser",
      partsUsed: "Fuser unit",
      signOffName: "Ali Raza",
    });
    expect((await step("check-out")).json().status).toBe("completed");
    const followUp = await book(
      t.id,
      agent,
      { followUpOf: id, windowStart: "2026-03-04T05:00:00Z", windowEnd: "2026-03-04T06:00:00Z" },
      w.agent.personId,
    );
    expect(followUp.json()).toMatchObject({ followUpOf: id, status: "scheduled" });
  });

  it("serves the invitation: a REQUEST, SEQUENCE 1 after a reschedule, CANCEL once cancelled; mailed when a mailbox exists", async () => {
    const { w, t, agent, requester } = await setting();
    await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
    const other = await buildPerson(ctx.deps, w.provider.id, "agent");
    const id = (await book(t.id, agent, {}, w.agent.personId)).json().id;
    const ics = async () => {
      const res = await call(http.app, { method: "GET", url: `/api/v1/visits/${id}/invitation.ics`, as: requester });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/calendar/);
      const event = Object.values(ical.sync.parseICS(res.body)).find((c): c is VEvent => c?.type === "VEVENT")!;
      return { body: res.body, event };
    };
    expect((await ics()).event.start.toISOString()).toBe("2026-03-03T05:00:00.000Z");
    const patch = (body: object) => call(http.app, { method: "PATCH", url: `/api/v1/visits/${id}`, as: agent, body });
    const moved = await patch({
      windowStart: "2026-03-04T05:00:00Z",
      windowEnd: "2026-03-04T06:00:00Z",
      technicianId: other.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const second = await ics();
    expect(Number(second.event.sequence)).toBe(1);
    expect(second.event.start.toISOString()).toBe("2026-03-04T05:00:00.000Z");
    expect((await patch({ status: "cancelled", reason: "Fixed remotely" })).json().status).toBe("cancelled");
    const third = await ics();
    expect(third.body).toContain("METHOD:CANCEL");
    expect(Number(third.event.sequence)).toBe(2);
    const mails = await ctx.deps.db.select().from(outboundMails).where(eq(outboundMails.ticketId, t.id));
    const visitMails = mails.filter((m) => m.kind === "visit");
    // booked (requester + technician), moved (both + the technician it was taken from), cancelled (both)
    expect(visitMails).toHaveLength(7);
    expect(visitMails.every((m) => m.calendar?.content.includes("BEGIN:VCALENDAR"))).toBe(true);
  });
});
