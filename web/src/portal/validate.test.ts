import { describe, expect, it } from "vitest";
import { fileProblem as check, type AttachmentRules } from "./validate.ts";

const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);
// As GET /api/v1/settings gives them with the default ATTACHMENT_MAX_BYTES.
const ATTACHMENT_MAX_BYTES = 20 * 1_048_576;
const rules: AttachmentRules = {
  maxBytes: ATTACHMENT_MAX_BYTES,
  refusedExtensions: ["bat", "cmd", "com", "dll", "exe", "jar", "js", "msi", "ps1", "scr", "sh", "vbs"],
};
const fileProblem = (f: File | null) => check(f, rules);

describe("a requester's attachment is checked before it is sent", () => {
  it("no file, no problem", () => {
    expect(fileProblem(null)).toBeNull();
  });

  it("a document up to the server's limit is accepted", () => {
    expect(fileProblem(file("screenshot.png", 1024))).toBeNull();
    expect(fileProblem(file("report.pdf", ATTACHMENT_MAX_BYTES))).toBeNull();
  });

  it("a file over the server's limit is too large, whatever the limit is", () => {
    expect(fileProblem(file("video.mp4", ATTACHMENT_MAX_BYTES + 1))).toBe("tooLarge");
    expect(check(file("photo.jpg", 2_000_000), { ...rules, maxBytes: 1_048_576 })).toBe("tooLarge");
  });

  it("leaves the file to the server while its rules have not arrived", () => {
    expect(check(file("setup.exe", 10), undefined)).toBeNull();
  });

  it("executables and scripts are refused whatever their size or letter case", () => {
    for (const name of [
      "setup.exe",
      "SETUP.EXE",
      "fix.ps1",
      "run.sh",
      "macro.vbs",
      "app.jar",
      "lib.dll",
      "x.bat",
      "x.cmd",
      "x.msi",
      "x.scr",
      "x.com",
      "x.js",
    ]) {
      expect(fileProblem(file(name, 10)), name).toBe("refused");
    }
  });

  it("only the last extension counts: a script named like a document is not refused, a document named like a script is", () => {
    expect(fileProblem(file("notes.sh.txt", 10))).toBeNull();
    expect(fileProblem(file("notes.txt.exe", 10))).toBe("refused");
    expect(fileProblem(file("data.json", 10))).toBeNull();
  });
});
