import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runCli, startServer } from "../support/cli.ts";
import { eml } from "../support/eml.ts";

// A fresh `frontline start` takes mail at once: the demo mailbox on the built-in listener of the mail role.
describe("frontline start takes mail on its SMTP port", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "frontline-mail-start-"));
  const env = {
    DATA_DIR: path.join(scratch, "data"),
    WEB_APP: "false",
    PORT: "0",
    HOST: "127.0.0.1",
    SMTP_LISTEN_HOST: "127.0.0.1",
  };
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    "answers 250 for mail to support@frontline.example, and the mail is stored (a second delivery is a duplicate)",
    { timeout: 120_000 },
    async () => {
      const port = await freePort();
      const server = startServer({ cwd: scratch, env: { ...env, SMTP_LISTEN_PORT: String(port) } });
      const raw = eml({ messageId: "<start-1@indus-textiles.example>", from: "it.manager@indus-textiles.example" });
      try {
        await server.ready;
        expect(server.output()).toContain(`Mail in:  smtp://127.0.0.1:${port}`);
        const client = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
        const info = await client.sendMail({
          envelope: { from: "it.manager@indus-textiles.example", to: ["support@frontline.example"] },
          raw,
        });
        expect(info.response).toMatch(/^250/);
      } finally {
        await server.stop();
      }
      const again = await runCli(["mail", "ingest"], { cwd: scratch, env, input: raw.toString("utf8") });
      expect(again).toMatchObject({ code: 0, stdout: '{"ignored":"duplicate"}\n' });
    },
  );
});
