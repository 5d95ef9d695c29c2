import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli.ts";

// The commands as an operator runs them: the real binary over a fresh embedded database, one after another.
describe("frontline calendar / policy commands", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-sla-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(scratch, "data") };
  const run = (...args: string[]) => runCli(args, { cwd: scratch, env });

  it("sets and shows; bad input is one line and exit 1, before the database opens", { timeout: 180_000 }, async () => {
    const def = path.join(scratch, "def.json");
    writeFileSync(def, JSON.stringify({ timezone: "Asia/Karachi", weekly: { mon: [["09:00", "13:00"]] } }));
    const set = await run("calendar", "set", "Support hours", "--file", def);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^Calendar Support hours: version 2 in force from /);
    const shown = await run("calendar", "show", "Support hours", "--json");
    expect(JSON.parse(shown.stdout)).toEqual({ timezone: "Asia/Karachi", weekly: { mon: [["09:00", "13:00"]] } });
    const policy = await run("policy", "show", "Standard SLA");
    expect(policy.stdout).toMatch(/critical\s+5 min\s+60 min\s+—\s+24×7/);
    writeFileSync(def, JSON.stringify({ timezone: "UTC", weekly: { mon: [["13:00", "09:00"]] } }));
    const bad = await runCli(["calendar", "set", "Support hours", "--file", def], {
      cwd: scratch,
      env: { DATA_DIR: path.join(scratch, "never-created") },
    });
    expect(bad).toMatchObject({ code: 1, stdout: "" });
    expect(bad.stderr).toMatch(
      /^frontline: invalid calendar: .*def\.json: weekly\.mon\[0\]: empty or reversed range 13:00–09:00 \(start must be before end\)\n$/,
    );
    const noFile = await runCli(["calendar", "set", "X", "--file", path.join(scratch, "nope.json")], {
      cwd: scratch,
      env: { DATA_DIR: path.join(scratch, "never-created") },
    });
    expect(noFile).toMatchObject({ code: 1, stdout: "" });
    expect(noFile.stderr).toMatch(/^frontline: --file: cannot read .*nope\.json \(ENOENT\)\n$/);
    expect(existsSync(path.join(scratch, "never-created"))).toBe(false);
  });
});
