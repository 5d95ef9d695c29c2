import { describe, expect, it } from "vitest";
import { contentDisposition, extensionOf, judgeAttachment, normaliseFilename } from "./attachment-file.ts";

const TEXT = new TextEncoder().encode("hello\n");
const judge = (name: string, bytes: Uint8Array = TEXT, sniffedType?: string) =>
  judgeAttachment({ name, bytes, sniffedType });

/** An OLE compound file whose root storage carries a class id, as Windows Installer and Office write them. */
function compoundFile(clsid: number[]): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  new DataView(bytes.buffer).setUint16(0x1e, 9, true); // 512-byte sectors
  new DataView(bytes.buffer).setUint32(0x30, 1, true); // directory in sector 1, at byte 1024
  bytes.set(clsid, 1024 + 0x50);
  return bytes;
}
const MSI_CLSID = [0x84, 0x10, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];
const WORD_97_CLSID = [0x06, 0x09, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

describe("an attachment's file name is normalised to one safe, visible name", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["  report.pdf  ", "report.pdf"],
    ["setup.exe.", "setup.exe"],
    ["setup.exe ", "setup.exe"],
    ["setup.exe . . .", "setup.exe"],
    ["...hidden", "hidden"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["a\u2066b\u2069c\u200Fd\u200Be\uFEFF.txt", "abcde.txt"],
    ["line\nbreak\ttab.txt", "line break tab.txt"],
    ["many     spaces\u00A0here.txt", "many spaces here.txt"],
    ["C:\\fakepath\\report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ['what?"is<this>|*.txt', "what__is_this___.txt"],
    ["Cafe\u0301.txt", "Café.txt"],
    ["con.txt", "_con.txt"],
    ["\u0000\u0001", "attachment"],
    ["", "attachment"],
    ["…", "…"],
  ])("%j → %j", (raw, normalised) => {
    expect(normaliseFilename(raw)).toBe(normalised);
  });

  it("keeps at most 200 characters, and the extension", () => {
    const long = normaliseFilename(`${"é".repeat(300)}.pdf`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith("é.pdf")).toBe(true);
    expect(extensionOf(long)).toBe("pdf");
  });
});

describe("an attachment is refused by what it is, not by what it claims", () => {
  it.each([
    "setup.exe",
    "setup.exe.",
    "setup.exe ",
    "SETUP.EXE",
    "photo.jpg.exe",
    "invoice\u202Efdp.exe",
    "invoice\u202Egpj.scr",
    "a.hta",
    "a.vbe",
    "a.vbs",
    "a.wsf",
    "a.wsh",
    "a.lnk",
    "a.scr",
    "a.js",
    "a.jse",
    "a.jar",
    "a.msi",
    "a.ps1",
    "a.bat",
    "a.cmd",
    "a.com",
    "a.cpl",
    "a.pif",
    "a.reg",
    "a.sh",
    "a.dll",
    "a.url",
    "a.appref-ms",
    "a.ps1 .",
    "a.bat\u200B",
  ])("refuses the name %j", (name) => {
    expect(judge(name).ok).toBe(false);
  });

  it.each(["report.pdf", "notes.txt", "logs.zip", "exe", "my.exe.notes.txt", "shell.sh.txt", "photo.jpeg"])(
    "takes the name %j with harmless content",
    (name) => {
      expect(judge(name)).toEqual({ ok: true });
    },
  );

  it.each([
    ["application/x-msdownload", "invoice.pdf"],
    ["application/x-elf", "notes.txt"],
    ["application/x-mach-binary", "image.png"],
    ["application/java-archive", "logs.zip"],
    ["application/java-vm", "Main.txt"],
    ["application/x.ms.shortcut", "folder.txt"],
    ["application/vnd.android.package-archive", "app.zip"],
  ])("refuses content sniffed as %s, even named %j", (type, name) => {
    expect(judge(name, TEXT, type)).toMatchObject({ ok: false });
  });

  it("refuses a Windows Installer package, but not an old Word document (both compound files)", () => {
    expect(judge("setup.doc", compoundFile(MSI_CLSID), "application/x-cfb")).toMatchObject({
      ok: false,
      reason: "the content is a Windows Installer package",
    });
    expect(judge("letter.doc", compoundFile(WORD_97_CLSID), "application/x-cfb")).toEqual({ ok: true });
  });

  it('refuses a script by its "#!" line whatever its name', () => {
    expect(judge("readme.txt", new TextEncoder().encode("#!/bin/sh\nrm -rf ~\n"))).toMatchObject({ ok: false });
    expect(judge("readme.txt", new TextEncoder().encode("# heading\n"))).toEqual({ ok: true });
  });
});

describe("a download names the file for the browser (RFC 6266)", () => {
  it.each([
    ["report.pdf", `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    [
      "رپورٹ (final).pdf",
      `attachment; filename="_____ (final).pdf"; filename*=UTF-8''%D8%B1%D9%BE%D9%88%D8%B1%D9%B9%20%28final%29.pdf`,
    ],
    ['50% "off".txt', `attachment; filename="50_ _off_.txt"; filename*=UTF-8''50%25%20_off_.txt`],
    ["invoice\u202Efdp.exe", `attachment; filename="invoicefdp.exe"; filename*=UTF-8''invoicefdp.exe`],
  ])("%j", (name, header) => {
    expect(contentDisposition(name)).toBe(header);
  });
});
