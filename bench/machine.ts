// Facts about the machine a benchmark ran on, for the header of docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

export type MachineFacts = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** undefined when PostgreSQL was not reachable. */
  postgres: string | undefined;
  /** The commit measured, and whether the working tree had changes. */
  revision: string;
};

function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const head = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--", "src", "migrations", "package.json") !== "";
    return `${head}${dirty ? " + uncommitted changes in src/" : ""}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** The CPU model as /proc/cpuinfo names it (falls back to os.cpus() off Linux). */
function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match?.[1]) return match[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model.trim() ?? "unknown";
}

/** `server_version` of the PostgreSQL at `url`, or undefined when it does not answer within 3 s. */
export async function postgresVersion(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return rows[0]?.server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function machineFacts(postgresUrl: string | undefined): Promise<MachineFacts> {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: postgresUrl ? await postgresVersion(postgresUrl) : undefined,
    revision: revision(),
  };
}
