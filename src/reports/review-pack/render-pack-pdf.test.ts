import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { hasPdftoppm } from "../../../test/support/pdf.ts";
import { packFontFor } from "./pack-fonts.ts";
import { renderPackPdf } from "./render-pack-pdf.ts";

const MADE = new Date("2026-04-01T06:00:00Z");

describe("Urdu in the review pack", () => {
  it("sets Arabic-script text in an embedded Noto face: Nastaliq alone, Naskh beside Latin, Helvetica otherwise", () => {
    expect(packFontFor("پرنٹر خراب ہے", "regular")).toEqual({ name: "urdu-regular", rightToLeft: true });
    expect(packFontFor("۔وی پی این بند ہے", "bold")).toEqual({ name: "urdu-bold", rightToLeft: true });
    expect(packFontFor("VPN بند ہے", "regular")).toEqual({ name: "arabic-regular", rightToLeft: false });
    expect(packFontFor("بند ہے 42", "regular")).toEqual({ name: "arabic-regular", rightToLeft: true });
    expect(packFontFor("Printer offline", "bold")).toEqual({ name: "Helvetica-Bold", rightToLeft: false });
  });

  it("embeds the fonts and draws Urdu as glyphs a reader extracts as Urdu words", async () => {
    const pdf = await renderPackPdf(
      {
        title: "Service review pack: کراچی بندرگاہ",
        subtitle: "2026-03-01 to 2026-04-01 (end excluded)",
        sections: [
          {
            heading: "Satisfaction and comments",
            lines: ["جلدی حل ہو گیا، شکریہ"],
            table: { columns: ["Ticket", "Subject"], rows: [["#10001", "پرنٹر خراب ہے"]] },
          },
        ],
      },
      MADE,
    );
    const text = pdf.toString("latin1");
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNastaliqUrdu/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic/);
    expect(text).toContain("/ToUnicode");
    if (!(await hasPdftoppm())) return; // poppler-utils (pdftotext beside pdftoppm) is installed by .ci/run
    // poppler puts right-to-left runs back in reading order; letters that differ only by dots share a glyph in
    // these faces (ک/گ, ح/ج), so the test names words whose letters survive the round trip.
    const child = promisify(execFile)("pdftotext", ["-", "-"], { encoding: "utf8" });
    child.child.stdin!.end(pdf);
    const { stdout } = await child;
    for (const word of ["کراچی", "جلدی", "خراب", "ہو", "Satisfaction and comments"])
      expect(stdout, word).toContain(word);
  });
});
