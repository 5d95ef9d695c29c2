import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { calendarList, calendarSet, calendarShow, policyList, policyShow, readDefinitionFile } from "./sla-admin.ts";
import { UsageError } from "./usage-error.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "frontline-sla-admin-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const at = path.join(scratch, name);
  writeFileSync(at, text);
  return at;
}

describeEachEngine("frontline calendar / policy", (ctx) => {
  const run = async (body: (print: (line: string) => void) => Promise<void>) => {
    const lines: string[] = [];
    await body((line) => lines.push(line));
    return lines;
  };

  it("lists the seeded calendars and policies of a fresh workspace", async () => {
    const calendars = await run((print) => calendarList(ctx.deps, print));
    expect(calendars[0]).toMatch(/^NAME\s+TIME ZONE\s+VERSIONS\s+ID$/);
    expect(calendars.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ["24×7", "UTC", "1 version"],
      ["Support hours", "Asia/Karachi", "1 version"],
    ]);
    const policies = await run((print) => policyList(ctx.deps, print));
    expect(policies[1]).toMatch(/^1000\s+Standard SLA\s+default, active\s+v1\s+[0-9a-f-]{36}$/);
  });

  it("shows a calendar's hours and a policy's targets, or the JSON to edit", async () => {
    const shown = await run((print) => calendarShow(ctx.deps, "Support hours", {}, print));
    expect(shown).toContain("Time zone Asia/Karachi");
    expect(shown).toContain("  mon  09:00–18:00");
    expect(shown).toContain("  sun  closed");
    const json = JSON.parse((await run((print) => calendarShow(ctx.deps, "24×7", { json: true }, print))).join("\n"));
    expect(json).toEqual({ timezone: "UTC", always: true });
    const policy = await run((print) => policyShow(ctx.deps, "Standard SLA", {}, print));
    expect(policy.find((l) => l.startsWith("critical"))).toMatch(/^critical\s+5 min\s+60 min\s+—\s+24×7$/);
    expect(policy.find((l) => l.startsWith("high"))).toMatch(/^high\s+10 min\s+240 min\s+—\s+Support hours$/);
    await expect(policyShow(ctx.deps, "Gold", {}, () => undefined)).rejects.toThrow(
      new UsageError('no policy named "Gold" (see frontline policy list)'),
    );
    await expect(calendarShow(ctx.deps, "Moon", {}, () => undefined)).rejects.toThrow(/no calendar named "Moon"/);
  });

  it("sets a calendar: creates it, then adds a version in force now", async () => {
    const def = { timezone: "Asia/Karachi", weekly: { mon: [["10:00", "14:00"]] } };
    const created = await run(async (print) =>
      calendarSet(ctx.deps, "Lahore", { definition: def, file: "def.json" }, print),
    );
    expect(created[0]).toMatch(/^Created calendar Lahore \([0-9a-f-]{36}\)\.$/);
    ctx.deps.clock.advance(60_000);
    const revised = await run(async (print) =>
      calendarSet(
        ctx.deps,
        "Lahore",
        { definition: { ...def, weekly: { tue: [["10:00", "14:00"]] } }, file: "def.json" },
        print,
      ),
    );
    expect(revised).toEqual(["Calendar Lahore: version 2 in force from 2026-03-02T09:01:00.000Z."]);
    const shown = await run((print) => calendarShow(ctx.deps, "Lahore", {}, print));
    expect(shown).toContain("  tue  10:00–14:00");
    ctx.deps.clock.advance(60_000);
    await run(async (print) =>
      calendarSet(
        ctx.deps,
        "Lahore",
        {
          definition: { ...def, overrides: { "2026-03-07": [["10:00", "13:00"]], "2026-03-02": [] } },
          file: "def.json",
        },
        print,
      ),
    );
    const special = await run((print) => calendarShow(ctx.deps, "Lahore", {}, print));
    expect(special.slice(-3)).toEqual([
      "  special hours (replace the day's weekly hours and any holiday):",
      "  2026-03-02  closed",
      "  2026-03-07  10:00–13:00",
    ]);
  });

  it("refuses a bad definition in one line naming the file and the field", async () => {
    const bad = { timezone: "Nowhere/City", weekly: { mon: [["09:00", "25:00"]] } };
    const attempt = calendarSet(ctx.deps, "Support hours", { definition: bad, file: "def.json" }, () => undefined);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(
      calendarSet(ctx.deps, "Support hours", { definition: bad, file: "def.json" }, () => undefined),
    ).rejects.toThrow(
      /^invalid calendar: def\.json: timezone: unknown time zone "Nowhere\/City"; def\.json: weekly\.mon\[0\]\[1\]: invalid end time "25:00"/,
    );
    await expect(calendarSet(ctx.deps, "X", { definition: [], file: "def.json" }, () => undefined)).rejects.toThrow(
      /^invalid calendar: def\.json: expected a calendar object$/,
    );
  });
});

it("reads a definition file, refusing a missing file or one that is not JSON in one line", async () => {
  expect(await readDefinitionFile(file("ok.json", '{"timezone": "UTC", "always": true}'))).toEqual({
    timezone: "UTC",
    always: true,
  });
  await expect(readDefinitionFile(path.join(scratch, "missing.json"))).rejects.toThrow(
    /^--file: cannot read .*missing\.json \(ENOENT\)$/,
  );
  await expect(readDefinitionFile(file("bad.json", "{nope"))).rejects.toThrow(/^--file: .*bad\.json is not JSON \(/);
  const reversed = file("reversed.json", JSON.stringify({ timezone: "UTC", weekly: { mon: [["13:00", "09:00"]] } }));
  await expect(readDefinitionFile(reversed)).rejects.toThrow(
    /^invalid calendar: .*reversed\.json: weekly\.mon\[0\]: empty or reversed range 13:00–09:00/,
  );
});
