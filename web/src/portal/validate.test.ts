import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, fileProblem } from "./validate.ts";

const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

describe("a requester's attachment is checked before it is sent", () => {
  it("no file, no problem", () => {
    expect(fileProblem(null)).toBeNull();
  });

  it("a document up to 20 MiB is accepted", () => {
    expect(fileProblem(file("screenshot.png", 1024))).toBeNull();
    expect(fileProblem(file("report.pdf", ATTACHMENT_MAX_BYTES))).toBeNull();
  });

  it("a file over 20 MiB is too large", () => {
    expect(ATTACHMENT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(fileProblem(file("video.mp4", ATTACHMENT_MAX_BYTES + 1))).toBe("tooLarge");
  });

  it("executables and scripts are refused whatever their size or letter case", () => {
    for (const name of ["setup.exe", "SETUP.EXE", "fix.ps1", "run.sh", "macro.vbs", "app.jar", "lib.dll", "x.bat", "x.cmd", "x.msi", "x.scr", "x.com", "x.js"]) {
      expect(fileProblem(file(name, 10)), name).toBe("refused");
    }
  });

  it("only the last extension counts: a script named like a document is not refused, a document named like a script is", () => {
    expect(fileProblem(file("notes.sh.txt", 10))).toBeNull();
    expect(fileProblem(file("notes.txt.exe", 10))).toBe("refused");
    expect(fileProblem(file("data.json", 10))).toBeNull();
  });
});
