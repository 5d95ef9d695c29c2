import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/support/cli.ts";
import { eml } from "../../test/support/eml.ts";

// `mail ingest` as a mail server's pipe delivery runs it: the real binary, one message in, one JSON line out.
describe("frontline mail ingest (the binary)", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-mail-ingest-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(scratch, "data") };

  it(
    "turns a mail to the demo mailbox into a ticket on a fresh embedded workspace, then ignores the same mail again",
    { timeout: 120_000 },
    async () => {
      const raw = eml({
        messageId: "<cli-1@indus-textiles.example>",
        from: "Nadia Hussain <it.manager@indus-textiles.example>",
      }).toString("utf8");
      const first = await runCli(["mail", "ingest"], { cwd: scratch, env, input: raw });
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout)).toEqual({ ticket: expect.stringMatching(/^#\d{5}$/), created: true });
      const again = await runCli(["mail", "ingest"], { cwd: scratch, env, input: raw });
      expect(again).toMatchObject({ code: 0, stdout: '{"ignored":"duplicate"}\n' });
      const ticket = JSON.parse(first.stdout).ticket as string;
      const reply = eml({
        subject: `Re: [${ticket}] Printer on floor 3 is offline`,
        from: "it.manager@indus-textiles.example",
      }).toString("utf8");
      expect(JSON.parse((await runCli(["mail", "ingest"], { cwd: scratch, env, input: reply })).stdout)).toEqual({
        ticket,
        created: false,
      });
    },
  );

  it(
    "says what it ignored and what it quarantined, and exits 0: both are stored outcomes",
    { timeout: 120_000 },
    async () => {
      const auto = eml({ headers: { "Auto-Submitted": "auto-replied" } }).toString("utf8");
      expect(await runCli(["mail", "ingest"], { cwd: scratch, env, input: auto })).toMatchObject({
        code: 0,
        stdout: '{"ignored":"auto-reply"}\n',
      });
      const stray = await runCli(["mail", "ingest"], {
        cwd: scratch,
        env,
        input: eml({ to: "nobody@elsewhere.example" }).toString("utf8"),
      });
      expect(stray.code).toBe(0);
      expect(JSON.parse(stray.stdout)).toEqual({
        quarantined: expect.stringMatching(/^[0-9a-f-]{36}$/),
        reason: "addressed to no mailbox of ours",
      });
    },
  );

  it(
    "exits non-zero, saying why on stderr, when there is nothing to store or the message is too large",
    { timeout: 60_000 },
    async () => {
      const empty = await runCli(["mail", "ingest"], { cwd: scratch, env, input: "" });
      expect(empty).toMatchObject({
        code: 1,
        stdout: "",
        stderr: "frontline: no message on stdin; nothing was stored\n",
      });
      const big = await runCli(["mail", "ingest"], {
        cwd: scratch,
        env: { ...env, MAIL_MAX_BYTES: "2048" },
        input: eml({ text: "x".repeat(4096) }).toString("utf8"),
      });
      expect(big.code).toBe(1);
      expect(big.stderr).toMatch(/larger than MAIL_MAX_BYTES \(2048 bytes\); nothing was stored/);
    },
  );
});
