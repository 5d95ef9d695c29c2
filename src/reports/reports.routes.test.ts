import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildGroup, buildPerson, buildWorkspace, ticketInput } from "../../test/support/factories.ts";
import { call, sessionFor, tokenFor, withApp } from "../../test/support/http.ts";
import { rateTicket } from "../feedback/rate-ticket.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { escalateTicket } from "../sla/escalation/escalate-ticket.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { RESOLVED_COLUMNS } from "./resolved-export.ts";

const WEEK = "from=2026-03-02&to=2026-03-09";

describeEachEngine("report routes", (ctx) => {
  const http = withApp(ctx);

  // Monday 2026-03-02 14:00 in Karachi (09:00Z), on the Standard SLA: a medium ticket has 60 minutes to a response.
  async function setup() {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const manager = await buildPerson(ctx.deps, w.provider.id, "manager");
    const l2 = await buildGroup(ctx.deps, { tier: 2 });
    const placed = { requesterId: w.requester.personId, groupId: w.group.id };
    const mine = await createTicket(ctx.deps, w.agent, ticketInput({ ...placed, assigneeId: w.agent.personId }));
    const theirs = await createTicket(ctx.deps, w.agent, ticketInput(placed));
    ctx.deps.clock.advance(20 * 60_000);
    await replyToTicket(ctx.deps, w.agent, mine.id, { body: "Restarted the spooler; try now." });
    ctx.deps.clock.advance(40 * 60_000);
    await updateTicket(ctx.deps, w.agent, mine.id, { version: 3, status: "resolved" });
    await escalateTicket(ctx.deps, w.agent, theirs.id, { reason: "Needs the network team", toGroupId: l2.id });
    ctx.deps.clock.advance(60 * 60_000);
    await rateTicket(ctx.deps, w.requester, mine.id, { score: 4, comment: "Quick" });
    return {
      w,
      mine,
      theirs,
      l2,
      boss: await sessionFor(ctx.deps, manager.id),
      agent: await sessionFor(ctx.deps, w.agent.personId),
    };
  }
  const get = (url: string, as: Parameters<typeof call>[1]["as"]) => call(http.app, { method: "GET", url, as });

  it("answers a manager with every indicator of the week, keyed as the issue's report JSON, with its definitions", async () => {
    const s = await setup();
    const res = await get(`/api/v1/reports/indicators?${WEEK}`, s.boss);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      period: { from: "2026-03-02T00:00:00.000Z", to: "2026-03-09T00:00:00.000Z" },
      tickets: { created: 2, resolved: 1, backlog: 1 },
      response: { count: 1, business_minutes: { mean: 20, median: 20, p90: 20 }, wall_minutes: { mean: 20 } },
      resolution: { count: 1, business_minutes: { mean: 60 }, wall_minutes: { mean: 60 } },
      sla: {
        response_met_rate: 1,
        resolution_met_rate: 1,
        by_priority: { medium: { response_met_rate: 1, resolution_met_rate: 1, count: 1 } },
        breached: [],
      },
      first_contact_resolution: { rate: 1, resolved: 1, first_contact: 1, tickets: [s.mine.number] },
      escalations: {
        count: 1,
        by_kind: { manual: 1 },
        by_level: { manual: 1 },
        time_per_tier: { "1": { tickets: 1, business_minutes: { mean: 60 } } },
        items: [{ ticket_number: s.theirs.number, why: "Needs the network team", to: { group_id: s.l2.id } }],
      },
      satisfaction: {
        responses: 1,
        mean: 4,
        distribution: { "4": 1 },
        response_rate: 1,
        comments: [{ ticket_number: s.mine.number, comment: "Quick" }],
      },
      previous: null,
    });
    for (const key of [
      "tickets",
      "response",
      "resolution",
      "sla",
      "first_contact_resolution",
      "escalations",
      "satisfaction",
    ]) {
      expect(typeof body.definitions[key], key).toBe("string");
    }
    const compared = (await get(`/api/v1/reports/indicators?${WEEK}&compare=true`, s.boss)).json();
    expect(compared.previous).toMatchObject({
      period: { from: "2026-02-23T00:00:00.000Z", to: "2026-03-02T00:00:00.000Z" },
      tickets: { created: 0, backlog: 0 },
    });
    const elsewhere = (await get(`/api/v1/reports/indicators?${WEEK}&organizationId=${s.w.other.id}`, s.boss)).json();
    expect(elsewhere.tickets).toMatchObject({ created: 0, resolved: 0, backlog: 0 });
  });

  it("gives agents their own and their groups' figures only, and refuses requesters", async () => {
    const s = await setup();
    // The escalated ticket left the agent's group for tier 2 and was never theirs: it is not in their figures.
    const own = (await get(`/api/v1/reports/indicators?${WEEK}`, s.agent)).json();
    expect(own.tickets).toMatchObject({ created: 1, resolved: 1, backlog: 0 });
    expect((await get(`/api/v1/reports/indicators?${WEEK}&agentId=${s.w.agent.personId}`, s.agent)).statusCode).toBe(
      200,
    );
    const other = await get(`/api/v1/reports/indicators?${WEEK}&groupId=${s.l2.id}`, s.agent);
    expect(other.json()).toMatchObject({
      status: 403,
      code: "REPORT_SCOPE_FORBIDDEN",
      errors: [{ field: "query.groupId" }],
    });
    const colleague = await get(`/api/v1/reports/indicators?${WEEK}&agentId=${s.w.admin.personId}`, s.agent);
    expect(colleague.json()).toMatchObject({ status: 403, errors: [{ field: "query.agentId" }] });
    const requester = await get(
      `/api/v1/reports/indicators?${WEEK}`,
      await sessionFor(ctx.deps, s.w.requester.personId),
    );
    expect(requester.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const directoryOnly = await tokenFor(ctx.deps, s.w.admin.personId, ["directory:read"]);
    expect((await get(`/api/v1/reports/indicators?${WEEK}`, directoryOnly)).json()).toMatchObject({
      status: 403,
      code: "SCOPE_MISSING",
    });
    expect((await get(`/api/v1/reports/indicators?${WEEK}`, undefined)).statusCode).toBe(401);
  });

  it("refuses a bad period with problem+json naming the field", async () => {
    const s = await setup();
    const cases: Array<[string, string, string]> = [
      ["from=yesterday&to=2026-03-09", "VALIDATION_FAILED", "query.from"],
      ["from=2026-03-02&to=2026-02-30", "VALIDATION_FAILED", "query.to"],
      ["from=2026-03-02T10:00:00&to=2026-03-09", "VALIDATION_FAILED", "query.from"],
      ["to=2026-03-09", "VALIDATION_FAILED", "query.from"],
      ["from=2026-03-09&to=2026-03-02", "INVALID_PERIOD", "query.to"],
      ["from=2020-01-01&to=2026-03-02", "PERIOD_TOO_LONG", "query.to"],
      [`${WEEK}&priority=urgent`, "VALIDATION_FAILED", "query.priority"],
      [`${WEEK}&colour=red`, "VALIDATION_FAILED", "query.colour"],
    ];
    for (const [query, code, field] of cases) {
      const res = await get(`/api/v1/reports/indicators?${query}`, s.boss);
      expect(res.statusCode, query).toBe(422);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(res.json(), query).toMatchObject({ code, errors: [{ field }] });
    }
  });

  it("lists the tickets resolved in the period with their times and breach flags", async () => {
    const s = await setup();
    const res = await get(`/api/v1/reports/resolved?${WEEK}`, s.boss);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        number: s.mine.number,
        priority: "medium",
        channel: "portal",
        agent_id: s.w.agent.personId,
        resolved_at: "2026-03-02T10:00:00.000Z",
        response_business_minutes: 20,
        response_wall_minutes: 20,
        resolution_business_minutes: 60,
        resolution_wall_minutes: 60,
        response_breached: false,
        resolution_breached: false,
        linked_to_parent: false,
      }),
    ]);
  });

  it("exports the same table as CSV and as an Excel workbook a spreadsheet parser reads back", async () => {
    const s = await setup();
    // A second resolved ticket whose subject needs quoting in CSV.
    const input = ticketInput({
      requesterId: s.w.requester.personId,
      subject: 'VPN "drops", again',
      assigneeId: s.w.agent.personId,
    });
    const quoted = await createTicket(ctx.deps, s.w.agent, input);
    await updateTicket(ctx.deps, s.w.agent, quoted.id, { version: 1, status: "resolved" });
    const items = (await get(`/api/v1/reports/resolved?${WEEK}`, s.boss)).json().items as Array<
      Record<string, unknown>
    >;
    expect(items.map((i) => i.number)).toEqual([s.mine.number, quoted.number]);
    const cells = items.map((i) => RESOLVED_COLUMNS.map((c) => i[c.key]));

    const csv = await get(`/api/v1/reports/resolved/export?${WEEK}&format=csv`, s.boss);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="resolved-2026-03-02-2026-03-09.csv"');
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe(RESOLVED_COLUMNS.map((c) => c.heading).join(","));
    expect(lines[2]).toContain(',"VPN ""drops"", again",');
    expect(lines[1]).toBe(cells[0]!.map((v) => (v === null ? "" : String(v))).join(","));

    const xlsx = await call(http.app, {
      method: "GET",
      url: `/api/v1/reports/resolved/export?${WEEK}&format=xlsx`,
      as: s.boss,
    });
    expect(xlsx.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Resolved tickets")!;
    const read = (n: number) => RESOLVED_COLUMNS.map((_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);
    expect(read(1)).toEqual(RESOLVED_COLUMNS.map((c) => c.heading));
    expect([read(2), read(3)]).toEqual(cells);
    expect(sheet.rowCount).toBe(3);

    const bad = await get(`/api/v1/reports/resolved/export?${WEEK}&format=pdf`, s.boss);
    expect(bad.json()).toMatchObject({ status: 422, errors: [{ field: "query.format" }] });
    const requester = await sessionFor(ctx.deps, s.w.requester.personId);
    expect((await get(`/api/v1/reports/resolved/export?${WEEK}&format=csv`, requester)).statusCode).toBe(403);
  });

  it("drills from a figure to the tickets behind it, by the figure's own rule and in the caller's reach", async () => {
    const s = await setup();
    const numbers = async (figure: string, as = s.boss) => {
      const res = await get(`/api/v1/reports/tickets?${WEEK}&figure=${figure}`, as);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Array<{ number: number }>).map((i) => i.number);
    };
    expect(await numbers("created")).toEqual([s.mine.number, s.theirs.number]);
    expect(await numbers("resolved")).toEqual([s.mine.number]);
    expect(await numbers("backlog")).toEqual([s.theirs.number]);
    expect(await numbers("response")).toEqual([s.mine.number]);
    expect(await numbers("response_breached")).toEqual([]);
    expect(await numbers("first_contact")).toEqual([s.mine.number]);
    expect(await numbers("escalated")).toEqual([s.theirs.number]);
    expect(await numbers("rated")).toEqual([s.mine.number]);
    // The agent's reach: the escalated ticket left their group, so it is not behind their figures.
    expect(await numbers("created", s.agent)).toEqual([s.mine.number]);
    const row = (await get(`/api/v1/reports/tickets?${WEEK}&figure=resolved`, s.boss)).json().items[0];
    expect(row).toMatchObject({ ticket_id: s.mine.id, status: "resolved", resolved_at: "2026-03-02T10:00:00.000Z" });
    const missing = await get(`/api/v1/reports/tickets?${WEEK}`, s.boss);
    expect(missing.json()).toMatchObject({ status: 422, errors: [{ field: "query.figure" }] });
  });

  it("draws a trend by day with the same definitions as the period's report", async () => {
    const s = await setup();
    const res = await get(`/api/v1/reports/trend?${WEEK}&bucket=day`, s.boss);
    expect(res.statusCode, res.body).toBe(200);
    const { points } = res.json();
    expect(points).toHaveLength(7);
    expect(points[0]).toMatchObject({
      from: "2026-03-02T00:00:00.000Z",
      to: "2026-03-03T00:00:00.000Z",
      created: 2,
      resolved: 1,
      backlog: 1,
      response_median_business_minutes: 20,
      response_met_rate: 1,
      first_contact_rate: 1,
      escalations: 1,
      satisfaction_mean: 4,
    });
    expect(points[1]).toMatchObject({ created: 0, resolved: 0, backlog: 1, escalations: 0 });
    const weeks = (await get(`/api/v1/reports/trend?${WEEK}&bucket=week`, s.boss)).json().points;
    expect(weeks).toEqual([expect.objectContaining({ created: 2, resolved: 1 })]);
    const tooMany = await get(`/api/v1/reports/trend?from=2026-01-01&to=2026-12-31&bucket=day`, s.boss);
    expect(tooMany.json()).toMatchObject({ status: 422, code: "TOO_MANY_POINTS", errors: [{ field: "query.bucket" }] });
  });

  it("exports every table of the dashboard as CSV and as a workbook that equals the table's rows", async () => {
    const s = await setup();
    const tables: Array<[string, string]> = [
      ["resolved", ""],
      ["tickets", "&figure=created"],
      ["breached", ""],
      ["escalations", ""],
      ["by_priority", ""],
      ["by_channel", ""],
      ["trend", "&bucket=day"],
      ["comments", ""],
    ];
    for (const [table, extra] of tables) {
      const json = await get(`/api/v1/reports/tables/${table}?${WEEK}${extra}`, s.boss);
      expect(json.statusCode, `${table}: ${json.body}`).toBe(200);
      const { title, columns, rows } = json.json() as {
        title: string;
        columns: Array<{ key: string; heading: string }>;
        rows: Array<Record<string, unknown>>;
      };
      const cells = rows.map((r) => columns.map((c) => r[c.key]));

      const xlsx = await call(http.app, {
        method: "GET",
        url: `/api/v1/reports/tables/${table}/export?${WEEK}${extra}&format=xlsx`,
        as: s.boss,
      });
      expect(xlsx.statusCode, table).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet(title)!;
      const read = (n: number) => columns.map((_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);
      expect(read(1), table).toEqual(columns.map((c) => c.heading));
      expect(
        rows.map((_, i) => read(i + 2)),
        table,
      ).toEqual(cells);
      expect(sheet.rowCount, table).toBe(rows.length + 1);

      const csv = await get(`/api/v1/reports/tables/${table}/export?${WEEK}${extra}&format=csv`, s.boss);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.body.split("\r\n")[0], table).toBe(columns.map((c) => c.heading).join(","));
      expect(csv.body.split("\r\n")).toHaveLength(rows.length + 2);
    }
    const escalations = (await get(`/api/v1/reports/tables/escalations?${WEEK}`, s.boss)).json();
    expect(escalations.rows).toEqual([
      expect.objectContaining({ ticket_number: s.theirs.number, why: "Needs the network team", to_group_id: s.l2.id }),
    ]);
    const byChannel = (await get(`/api/v1/reports/tables/by_channel?${WEEK}`, s.boss)).json();
    expect(byChannel.rows).toContainEqual({ channel: "portal", created: 2, resolved: 1, backlog: 1 });

    const noFigure = await get(`/api/v1/reports/tables/tickets/export?${WEEK}&format=csv`, s.boss);
    expect(noFigure.json()).toMatchObject({
      status: 422,
      code: "PARAMETER_REQUIRED",
      errors: [{ field: "query.figure" }],
    });
    const unknown = await get(`/api/v1/reports/tables/salaries?${WEEK}`, s.boss);
    expect(unknown.json()).toMatchObject({ status: 422, errors: [{ field: "params.table" }] });
    const requester = await sessionFor(ctx.deps, s.w.requester.personId);
    expect((await get(`/api/v1/reports/tables/resolved?${WEEK}`, requester)).statusCode).toBe(403);
  });
});
