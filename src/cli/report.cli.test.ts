import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli.ts";

// The command as an operator runs it: the real binary over a fresh embedded database.
describe("frontline report indicators", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-report-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(scratch, "data") };

  it(
    "prints the report object as JSON and as CSV; bad dates are one line and exit 1, before the database opens",
    {
      timeout: 180_000,
    },
    async () => {
      const json = await runCli(["report", "indicators", "--from", "2026-03-01", "--to", "2026-04-01T00:00:00+05:00"], {
        cwd: scratch,
        env,
      });
      expect(json.code, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout);
      expect(report).toMatchObject({
        period: { from: "2026-03-01T00:00:00.000Z", to: "2026-03-31T19:00:00.000Z" },
        tickets: { created: 0, resolved: 0, backlog: 0 },
        response: { count: 0, business_minutes: { mean: null, median: null, p90: null }, wall_minutes: { mean: null } },
        resolution: { count: 0 },
        sla: {
          response_met_rate: null,
          resolution_met_rate: null,
          by_priority: { critical: { count: 0 }, high: {}, medium: {}, low: {} },
        },
        first_contact_resolution: { rate: null, resolved: 0, first_contact: 0 },
        escalations: { count: 0, by_kind: {}, by_level: {} },
        satisfaction: { responses: 0, mean: null, distribution: {} },
      });
      expect(typeof report.definitions.first_contact_resolution).toBe("string");
      const csv = await runCli(
        ["report", "indicators", "--from", "2026-03-01", "--to", "2026-04-01", "--format", "csv"],
        {
          cwd: scratch,
          env,
        },
      );
      expect(csv.code, csv.stderr).toBe(0);
      const head = ["indicator,value", "period.from,2026-03-01T00:00:00.000Z", "period.to,2026-04-01T00:00:00.000Z"];
      expect(csv.stdout.split("\r\n").slice(0, 3)).toEqual(head);

      const never = { DATA_DIR: path.join(scratch, "never-created") };
      const bad = await runCli(["report", "indicators", "--from", "2026-13-01", "--to", "2026-04-01"], {
        cwd: scratch,
        env: never,
      });
      expect(bad).toMatchObject({ code: 1, stdout: "" });
      expect(bad.stderr).toMatch(
        /^frontline: --from: "2026-13-01" must be a date YYYY-MM-DD or an ISO 8601 instant with an offset .*\n$/,
      );
      const reversed = await runCli(["report", "indicators", "--from", "2026-04-01", "--to", "2026-03-01"], {
        cwd: scratch,
        env: never,
      });
      const endsFirst = "frontline: --to: the period must end after it starts (--to is excluded)\n";
      expect(reversed).toMatchObject({ code: 1, stdout: "", stderr: endsFirst });
      const missing = await runCli(["report", "indicators", "--to", "2026-03-01"], { cwd: scratch, env: never });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/required option '--from <iso>' not specified/);
      const nobody = [
        "report",
        "indicators",
        "--from",
        "2026-03-01",
        "--to",
        "2026-04-01",
        "--organization",
        "Nobody Ltd",
      ];
      const unknown = await runCli(nobody, { cwd: scratch, env });
      expect(unknown).toMatchObject({
        code: 1,
        stdout: "",
        stderr: 'frontline: --organization: no organization named "Nobody Ltd"\n',
      });
      expect(existsSync(never.DATA_DIR)).toBe(false);
    },
  );
});
