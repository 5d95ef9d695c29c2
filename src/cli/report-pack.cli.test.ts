import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli.ts";
import { pdfPages } from "../../test/support/pdf.ts";

// The command as an operator runs it: the real binary over the demo workspace in a fresh embedded database.
describe("frontline report pack", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-pack-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(scratch, "data") };

  it(
    "writes the client's review pack as a PDF; a bad option or an unknown organization is one line and exit 1",
    {
      timeout: 240_000,
    },
    async () => {
      const bad = await runCli(
        [
          "report",
          "pack",
          "--organization",
          "Indus Textiles Ltd",
          "--from",
          "2026-13-01",
          "--to",
          "2026-04-01",
          "--out",
          "x.pdf",
        ],
        { cwd: scratch, env: { DATA_DIR: path.join(scratch, "never-created") } },
      );
      expect(bad).toMatchObject({ code: 1, stdout: "" });
      expect(bad.stderr).toMatch(/^frontline: --from: "2026-13-01" must be a date YYYY-MM-DD .*\n$/);

      expect((await runCli(["seed-demo"], { cwd: scratch, env })).code).toBe(0);
      const out = path.join(scratch, "pack.pdf");
      const made = await runCli(
        [
          "report",
          "pack",
          "--organization",
          "Indus Textiles Ltd",
          "--from",
          "2026-01-01",
          "--to",
          "2027-01-01",
          "--out",
          out,
        ],
        { cwd: scratch, env },
      );
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/^Wrote .*pack\.pdf \(\d+ bytes\)\.\n$/);
      const text = (await pdfPages(readFileSync(out))).join(" ");
      expect(text).toContain("Service review pack: Indus Textiles Ltd");
      expect(text).toContain("Indicators against the published targets");

      const unknown = await runCli(
        ["report", "pack", "--organization", "Nobody Ltd", "--from", "2026-01-01", "--to", "2026-02-01", "--out", out],
        { cwd: scratch, env },
      );
      expect(unknown).toMatchObject({
        code: 1,
        stderr: 'frontline: --organization: no organization named "Nobody Ltd"\n',
      });
    },
  );
});
