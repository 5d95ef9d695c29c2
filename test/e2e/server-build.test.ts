import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { serverBuildProblem } from "../../bin/server-build.js";
import { BIN, runCli } from "../support/cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("the shipped build (dist/server)", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "frontline-build-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "src", "cli"), { recursive: true });
    writeFileSync(path.join(dir, "src", "cli", "main.ts"), "");
    return dir;
  };
  const built = (dir: string, at: Date) => {
    mkdirSync(path.join(dir, "dist", "server"), { recursive: true });
    for (const name of ["main.js", ".built-from"]) writeFileSync(path.join(dir, "dist", "server", name), "");
    utimesSync(path.join(dir, "dist", "server", ".built-from"), at, at);
  };

  it("is missing until built, current after, and stale once a source file changes (tests beside it do not count)", () => {
    const dir = scratch();
    expect(serverBuildProblem(dir)).toBe("dist/server is missing");
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, "src", "cli", "main.ts"), past, past);
    built(dir, new Date());
    expect(serverBuildProblem(dir)).toBeNull();
    writeFileSync(path.join(dir, "src", "cli", "main.test.ts"), "");
    expect(serverBuildProblem(dir)).toBeNull();
    writeFileSync(path.join(dir, "src", "cli", "start.ts"), "");
    utimesSync(path.join(dir, "dist", "server", ".built-from"), past, past);
    expect(serverBuildProblem(dir)).toBe("dist/server is older than src/");
  });

  it("is what `frontline` runs once the tests' global setup built it: no word of tsx", async () => {
    expect(serverBuildProblem(ROOT)).toBeNull();
    const result = await runCli(["--version"], { cwd: tmpdir() });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(BIN).toMatch(/bin\/frontline\.js$/);
  });
});
