import { describe, expect, it } from "vitest";
import { sniffContentType } from "./upload-attachment.ts";

// The stored content type decides how a download is served: it comes from the bytes, and the client's claim is
// believed only for plain text, CSV and JSON (undetectable bytes), so nothing uploaded can be served as HTML.

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2ecf7a10000000049454e44ae426082",
  "hex",
);
const TEXT = Buffer.from("name,count\nprinters,3\n");

describe("the stored content type of an upload", () => {
  it("comes from the bytes when they say what they are, whatever the client claims", async () => {
    for (const claim of ["text/plain", "text/html", undefined]) {
      expect(await sniffContentType(PNG, claim, "photo.png")).toBe("image/png");
    }
  });

  it.each([
    ["text/plain", "text/plain"],
    ["text/csv", "text/csv"],
    ["application/json", "application/json"],
    ["text/plain; charset=utf-8", "text/plain"],
    [" Text/CSV ;charset=utf-8", "text/csv"],
    ["APPLICATION/JSON", "application/json"],
  ])("keeps the textual claim %j of undetectable bytes as %j", async (claim, stored) => {
    expect(await sniffContentType(TEXT, claim, "counts.csv")).toBe(stored);
  });

  it.each([
    "text/html",
    "image/svg+xml",
    "application/javascript",
    "text/plain+html",
    "xtext/plain",
    "text/csvx",
    "text/",
    "application/jsonp",
    "",
    undefined,
  ])("stores undetectable bytes claimed as %j as application/octet-stream", async (claim) => {
    expect(await sniffContentType(TEXT, claim, "page.txt")).toBe("application/octet-stream");
  });

  it("refuses a program whatever it claims, naming the file field and the reason", async () => {
    const script = Buffer.from("#!/bin/sh\nrm -rf /\n");
    await expect(sniffContentType(script, "text/plain", "notes.txt")).rejects.toMatchObject({
      code: "ATTACHMENT_TYPE_REFUSED",
      field: "body.file",
      details: { reason: 'the content is a script (it starts with "#!")' },
    });
    await expect(sniffContentType(TEXT, "text/plain", "run.bat")).rejects.toMatchObject({
      code: "ATTACHMENT_TYPE_REFUSED",
    });
  });
});
