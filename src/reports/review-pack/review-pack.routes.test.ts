import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { call, sessionFor, withApp } from "../../../test/support/http.ts";
import { hasPdftoppm, pdfPages, renderFirstPage } from "../../../test/support/pdf.ts";
import { buildReviewScenario, REVIEW_WEEK } from "../../../test/support/review-scenario.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describeEachEngine("the review pack (PDF)", (ctx) => {
  const http = withApp(ctx);
  const packUrl = (organization: string, from = REVIEW_WEEK.from, to = REVIEW_WEEK.to) =>
    `/api/v1/reports/review-pack?organization=${organization}&from=${from}&to=${to}`;

  it("is a PDF with the targets, trends, worst breaches, escalations and satisfaction of the client's period", async () => {
    const s = await buildReviewScenario(ctx.deps);
    const res = await call(http.app, {
      method: "GET",
      url: packUrl(s.w.client.id),
      as: await sessionFor(ctx.deps, s.manager.personId),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="review-pack-.+-2026-03-02-2026-03-09\.pdf"$/,
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = (await pdfPages(pdf)).join(" ");
    for (const section of [
      `Service review pack: ${s.w.client.name}`,
      "2026-03-02 to 2026-03-09",
      "Indicators against the published targets",
      "Trends",
      "Worst breaches",
      "Escalations and their causes",
      "Satisfaction and comments",
      "Definitions",
    ]) {
      expect(text, section).toContain(section);
    }
    // Two responses, one of them 2 h late against the medium target of 1 h: half the response targets were met.
    expect(text).toContain("Response targets met: 50.0 % of 2 responses");
    expect(text).toMatch(/medium 1 h 00 min 50\.0 % /);
    expect(text).toContain("3 tickets created, 2 resolved, 1 open at the end of the period.");
    expect(text).toMatch(
      new RegExp(`#${s.slow.number} VPN drops every hour medium response 1 h 00 min not yet recorded`),
    );
    expect(text).not.toContain(`#${s.quick.number} Printer offline medium`);
    expect(text).toContain("Needs the network team");
    expect(text).toContain("1 ratings, mean 5.00 of 5");
    expect(text).toContain("Back in minutes, thank you");
    expect(text).toMatch(/Tickets created 3 0 \+3/);
    if (await hasPdftoppm()) {
      const png = await renderFirstPage(pdf);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(png.length).toBeGreaterThan(2_000);
    }
  });

  it("is made for staff and for the client's own managers; anyone else is told there is no such organization", async () => {
    const s = await buildReviewScenario(ctx.deps);
    const asPerson = async (personId: string, organization = s.w.client.id) =>
      (await call(http.app, { method: "GET", url: packUrl(organization), as: await sessionFor(ctx.deps, personId) }))
        .statusCode;
    expect(await asPerson(s.w.admin.personId)).toBe(200);
    expect(await asPerson(s.manager.personId)).toBe(200);
    expect(await asPerson(s.w.agent.personId)).toBe(200);
    expect(await asPerson(s.clientManager.personId)).toBe(200);
    expect(await asPerson(s.otherManager.personId)).toBe(404);
    expect(await asPerson(s.clientManager.personId, s.w.other.id)).toBe(404);
    expect(await asPerson(s.w.requester.personId)).toBe(404);
    expect(await asPerson(s.otherManager.personId, s.w.other.id)).toBe(200);
    const anonymous = await call(http.app, { method: "GET", url: packUrl(s.w.client.id) });
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses the provider, an unknown organization and a bad period with problem+json naming the field", async () => {
    const s = await buildReviewScenario(ctx.deps);
    const boss = await sessionFor(ctx.deps, s.manager.personId);
    const get = (url: string) => call(http.app, { method: "GET", url, as: boss });
    expect((await get(packUrl(s.w.provider.id))).json()).toMatchObject({
      status: 422,
      code: "ORGANIZATION_NOT_CLIENT",
      errors: [{ field: "query.organization" }],
    });
    expect((await get(packUrl("6f1c2d3e-0000-4000-8000-000000000000"))).json()).toMatchObject({
      status: 404,
      code: "REVIEW_NOT_FOUND",
    });
    expect((await get(packUrl(s.w.client.id, "2026-03-09", "2026-03-02"))).json()).toMatchObject({
      status: 422,
      code: "INVALID_PERIOD",
      errors: [{ field: "query.to" }],
    });
    expect((await get(packUrl(s.w.client.id, "last-week"))).json()).toMatchObject({
      status: 422,
      errors: [{ field: "query.from" }],
    });
    expect((await get(packUrl("acme"))).json()).toMatchObject({
      status: 422,
      errors: [{ field: "query.organization" }],
    });
  });
});
