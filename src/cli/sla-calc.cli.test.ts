import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli.ts";

// `sla calc` as an operator pipes into it: the real binary, one JSON line in, one out.
describe("frontline sla calc (the binary)", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-sla-calc-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    "counts a date's override hours instead of its weekday's: 60 minutes from 14:30 on a Monday closing at 15:00",
    { timeout: 60_000 },
    async () => {
      const input =
        '{"calendar":{"timezone":"Asia/Karachi","weekly":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]]},"overrides":{"2026-03-02":[["10:00","15:00"]]}},"start":"2026-03-02T14:30:00+05:00","add_minutes":60}\n';
      const result = await runCli(["sla", "calc"], { cwd: scratch, input });
      expect(result).toEqual({ code: 0, stdout: '{"deadline":"2026-03-03T09:30:00+05:00"}\n', stderr: "" });
    },
  );

  it("names a bad override date and exits 1", { timeout: 60_000 }, async () => {
    const input =
      '{"calendar":{"timezone":"UTC","weekly":{"mon":[["09:00","18:00"]]},"overrides":{"2026-13-01":[]}},"start":"2026-03-02T09:00:00Z","add_minutes":1}\n';
    const result = await runCli(["sla", "calc"], { cwd: scratch, input });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: 'calendar.overrides.2026-13-01: invalid date "2026-13-01" (expected an existing date YYYY-MM-DD)',
    });
  });
});
