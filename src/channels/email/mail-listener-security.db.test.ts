import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { eml } from "../../../test/support/eml.ts";
import { buildWorkspace } from "../../../test/support/factories.ts";
import type { SmtpListener } from "../../platform/mail/smtp-listener.ts";
import { startMailListener } from "./mail-listener.ts";
import { mailboxes } from "./mail.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

// node:crypto cannot make certificates: a self-signed one for localhost/127.0.0.1 from the openssl CLI.
const openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].find((p) => existsSync(p));
if (!openssl) console.warn("SMTP STARTTLS tests skipped: no openssl CLI to make a test certificate");
const dir = mkdtempSync(path.join(tmpdir(), "frontline-smtp-tls-"));
const cert = path.join(dir, "cert.pem");
const key = path.join(dir, "key.pem");
if (openssl) {
  execFileSync(
    openssl,
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!openssl)("SMTP listener security", () => {
  describeEachEngine("the SMTP listener with STARTTLS and AUTH", (ctx) => {
    let listener: SmtpListener | undefined;
    afterEach(async () => {
      await listener?.close();
      listener = undefined;
    });

    async function listen(settings: Partial<typeof ctx.deps.config>) {
      await buildWorkspace(ctx.deps);
      await ctx.deps.db.insert(mailboxes).values({ address: "support@frontline.example" });
      const config = { ...ctx.deps.config, SMTP_LISTEN_HOST: "127.0.0.1", SMTP_LISTEN_PORT: 0, ...settings };
      listener = await startMailListener({ ...ctx.deps, config });
      return listener.port;
    }
    const envelope = { from: "ali.raza@indus-textiles.example", to: ["support@frontline.example"] };
    const trusting = { ca: readFileSync(cert), servername: "localhost" };

    it("offers STARTTLS with the configured certificate: a client that requires TLS delivers over it", async () => {
      const port = await listen({ SMTP_TLS_CERT: cert, SMTP_TLS_KEY: key });
      const client = nodemailer.createTransport({
        host: "127.0.0.1",
        port,
        secure: false,
        requireTLS: true,
        tls: trusting,
      });
      const info = await client.sendMail({ envelope, raw: eml() });
      expect(info.response).toMatch(/^250/);
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
    });

    it("takes mail only from a relay that authenticates, when AUTH is configured (inside TLS)", async () => {
      const port = await listen({
        SMTP_TLS_CERT: cert,
        SMTP_TLS_KEY: key,
        SMTP_AUTH_USER: "relay",
        SMTP_AUTH_PASSWORD: "relay-secret",
      });
      const transport = (auth?: { user: string; pass: string }) =>
        nodemailer.createTransport({
          host: "127.0.0.1",
          port,
          secure: false,
          requireTLS: true,
          tls: trusting,
          ...(auth ? { auth } : {}),
        });
      await expect(transport().sendMail({ envelope, raw: eml() })).rejects.toMatchObject({ responseCode: 530 });
      await expect(
        transport({ user: "relay", pass: "wrong" }).sendMail({ envelope, raw: eml() }),
      ).rejects.toMatchObject({ responseCode: 535 });
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(0);
      const info = await transport({ user: "relay", pass: "relay-secret" }).sendMail({ envelope, raw: eml() });
      expect(info.response).toMatch(/^250/);
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(1);
    });

    it("never takes a password in clear text when it has a certificate", async () => {
      const port = await listen({
        SMTP_TLS_CERT: cert,
        SMTP_TLS_KEY: key,
        SMTP_AUTH_USER: "relay",
        SMTP_AUTH_PASSWORD: "relay-secret",
      });
      const plain = nodemailer.createTransport({
        host: "127.0.0.1",
        port,
        secure: false,
        ignoreTLS: true,
        auth: { user: "relay", pass: "relay-secret" },
      });
      await expect(plain.sendMail({ envelope, raw: eml() })).rejects.toMatchObject({ responseCode: 538 });
      expect(await ctx.deps.db.select().from(tickets)).toHaveLength(0);
    });

    it("refuses to start on a certificate file it cannot read, naming the setting", async () => {
      await expect(listen({ SMTP_TLS_CERT: path.join(dir, "missing.pem"), SMTP_TLS_KEY: key })).rejects.toThrow(
        /SMTP_TLS_CERT: cannot read/,
      );
    });
  });
});
