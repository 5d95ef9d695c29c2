import { describe, expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { buildWorkspace, ticketInput } from "../../test/support/factories.ts";
import { csvField, figuresCsv } from "../reports/csv.ts";
import { ensureSlaDefaults } from "../sla/policy/ensure-sla-defaults.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { parseReportOptions, reportIndicators } from "./report.ts";
import { UsageError } from "./usage-error.ts";

describe("frontline report indicators: options", () => {
  it("takes dates (midnight UTC) or instants with an offset, json by default", () => {
    expect(parseReportOptions({ from: "2026-03-01", to: "2026-04-01T00:00:00+05:00" })).toEqual({
      from: new Date("2026-03-01T00:00:00Z"),
      to: new Date("2026-03-31T19:00:00Z"),
      organization: null,
      format: "json",
    });
    const acme = parseReportOptions({ from: "2026-03-01", to: "2026-03-02", organization: " Acme ", format: "csv" });
    expect(acme).toMatchObject({ organization: "Acme", format: "csv" });
    const narrowed = parseReportOptions({ from: "2026-03-01", to: "2026-03-02", priority: "High", channel: "email" });
    expect(narrowed).toMatchObject({ priority: "high", channel: "email" });
  });

  it("refuses bad input in one line naming the option", () => {
    const bad: Array<[Parameters<typeof parseReportOptions>[0], RegExp]> = [
      [
        { from: "last month", to: "2026-03-02" },
        /^--from: "last month" must be a date YYYY-MM-DD or an ISO 8601 instant/,
      ],
      [{ from: "2026-02-30", to: "2026-03-02" }, /^--from: /],
      [{ from: "2026-03-01", to: "2026-03-01T10:00:00" }, /^--to: .* with an offset/],
      [{ from: "2026-03-02", to: "2026-03-01" }, /^--to: the period must end after it starts/],
      [{ from: "2020-01-01", to: "2026-03-01" }, /^--to: a report covers at most 731 days$/],
      [{ from: "2026-03-01", to: "2026-03-02", format: "xlsx" }, /^--format: "xlsx" is not json or csv$/],
      [{ from: "2026-03-01", to: "2026-03-02", organization: " " }, /^--organization: /],
      [
        { from: "2026-03-01", to: "2026-03-02", priority: "urgent" },
        /^--priority: "urgent" is not one of critical, high/,
      ],
      [{ from: "2026-03-01", to: "2026-03-02", channel: "fax" }, /^--channel: "fax" is not one of phone, email/],
    ];
    for (const [opts, message] of bad) {
      expect(() => parseReportOptions(opts), JSON.stringify(opts)).toThrow(UsageError);
      expect(() => parseReportOptions(opts), JSON.stringify(opts)).toThrow(message);
    }
  });

  it("writes CSV a spreadsheet reads back: quoted commas and quotes, no formulas", () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField(null)).toBe("");
    const csv = figuresCsv({ a: { b: 1, c: null }, list: [1, 2], definitions: { a: "x" } });
    expect(csv).toBe("indicator,value\r\na.b,1\r\na.c,\r\nlist.count,2\r\n");
  });
});

describeEachEngine("frontline report indicators", (ctx) => {
  it("prints the report object as JSON or as a CSV table of figures, for one organization by name", async () => {
    await ensureSlaDefaults(ctx.deps);
    const w = await buildWorkspace(ctx.deps);
    const t = await createTicket(
      ctx.deps,
      w.agent,
      ticketInput({ requesterId: w.requester.personId, groupId: w.group.id }),
    );
    ctx.deps.clock.advance(15 * 60_000);
    await replyToTicket(ctx.deps, w.agent, t.id, { body: "On it." });
    const run = async (opts: Parameters<typeof parseReportOptions>[0]) => {
      let out = "";
      await reportIndicators(ctx.deps, parseReportOptions(opts), (text) => (out += text));
      return out;
    };
    const json = JSON.parse(
      await run({ from: "2026-03-01", to: "2026-04-01", organization: w.client.name.toUpperCase() }),
    );
    const keys = [
      "period",
      "tickets",
      "response",
      "resolution",
      "sla",
      "first_contact_resolution",
      "escalations",
      "satisfaction",
    ];
    expect(Object.keys(json)).toEqual(expect.arrayContaining([...keys, "definitions"]));
    expect(json).toMatchObject({
      tickets: { created: 1, backlog: 1 },
      response: { count: 1, business_minutes: { mean: 15 } },
      filters: { organizationId: w.client.id },
    });
    const csv = (await run({ from: "2026-03-01", to: "2026-04-01", format: "csv" })).split("\r\n");
    expect(csv[0]).toBe("indicator,value");
    expect(csv).toContain("period.from,2026-03-01T00:00:00.000Z");
    expect(csv).toContain("response.business_minutes.mean,15");
    expect(csv).toContain("sla.by_priority.medium.response_met_rate,1");
    const nobody = run({ from: "2026-03-01", to: "2026-04-01", organization: "Nobody Ltd" });
    await expect(nobody).rejects.toThrow('--organization: no organization named "Nobody Ltd"');
  });
});
