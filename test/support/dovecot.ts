import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const DOVECOT = process.env.DOVECOT_BIN ?? "/usr/sbin/dovecot";

/**
 * Whether the IMAP suite runs: `.ci/run` installs Debian's dovecot and sets TEST_IMAP=1; elsewhere it runs when
 * dovecot is installed, and is skipped (with a message) on a machine with Node only. TEST_IMAP=0 turns it off.
 */
export const imapAvailable = process.env.TEST_IMAP !== "0" && existsSync(DOVECOT);
if (!imapAvailable && process.env.TEST_IMAP === "1")
  throw new Error(`TEST_IMAP=1 but there is no dovecot at ${DOVECOT}`);

export type Dovecot = { host: string; port: number; password: string; stop(): Promise<void> };

/** A port free right now on loopback (dovecot wants a number in its configuration; it cannot report one it picked). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}; see ${log}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not listen on ${port}; see ${log}`);
}

/**
 * A private dovecot for one test file: its own configuration, runtime and maildir under a temp dir, IMAP on a loopback
 * port, any user name taking the one password (passdb static). As root the mail processes run as the dovecot user
 * (dovecot refuses root); otherwise everything runs as the current user.
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), "frontline-dovecot-"));
  for (const sub of ["run", "state", "mail"]) mkdirSync(path.join(dir, sub));
  const me = userInfo();
  const asRoot = me.uid === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    execFileSync("chown", ["-R", "dovecot:dovecot", path.join(dir, "mail")]);
  }
  const port = await freePort();
  const password = "imap-test-secret";
  const log = path.join(dir, "dovecot.log");
  const users = asRoot ? "uid=dovecot gid=dovecot" : `uid=${me.uid} gid=${me.gid}`;
  const conf = [
    "protocols = imap",
    "listen = 127.0.0.1",
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${log}`,
    "ssl = no",
    "disable_plaintext_auth = no",
    "auth_mechanisms = plain login",
    // The dovecot user is a system account (uid below the default 500).
    "first_valid_uid = 1",
    `mail_location = maildir:${dir}/mail/%u`,
    ...(asRoot ? [] : [`default_internal_user = ${me.username}`, `default_login_user = ${me.username}`]),
    `passdb {\n  driver = static\n  args = password=${password}\n}`,
    `userdb {\n  driver = static\n  args = ${users} home=${dir}/mail/%u\n}`,
    `service imap-login {\n  chroot =\n  inet_listener imap {\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    "service anvil {\n  chroot =\n}",
    "",
  ].join("\n");
  const confPath = path.join(dir, "dovecot.conf");
  writeFileSync(confPath, conf);
  const child = spawn(DOVECOT, ["-F", "-c", confPath], { stdio: "ignore" });
  await waitForPort(port, child, log);
  return {
    host: "127.0.0.1",
    port,
    password,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
