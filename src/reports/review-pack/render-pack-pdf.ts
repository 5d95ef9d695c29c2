import PDFDocument from "pdfkit";
import type { PackDocument, PackSection } from "./pack-contents.ts";
import { PACK_FONT_FILES, packFontFor, packTextFor } from "./pack-fonts.ts";

const MARGIN = 50;
const BODY = 9.5;
const CELL_PAD = 3;

type Doc = InstanceType<typeof PDFDocument>;

/** Sets the face `text` needs (pack-fonts.ts) and says how to lay it out: right-to-left text sits on the right. */
function faceFor(
  doc: Doc,
  text: string,
  weight: "regular" | "bold",
  size: number,
): { text: string; align: "left" | "right" } {
  const font = packFontFor(text, weight);
  doc.font(font.name).fontSize(size);
  return { text: packTextFor(text), align: font.rightToLeft ? "right" : "left" };
}

/** Starts a new page when fewer than `needed` points are left above the bottom margin. */
function room(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

// Columns share the width by the longest text each holds (headers included), none narrower than a tenth.
function columnWidths(doc: Doc, table: NonNullable<PackSection["table"]>, width: number): number[] {
  const longest = table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => Math.min(r[i]!.length, 60))));
  const total = longest.reduce((a, b) => a + b, 0);
  const raw = longest.map((l) => Math.max(width / 10, (l / total) * width));
  const scale = width / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w * scale);
}

function drawRow(doc: Doc, cells: readonly string[], widths: readonly number[], header: boolean): void {
  const weight = header ? "bold" : "regular";
  const heights = cells.map((c, i) => {
    const face = faceFor(doc, c, weight, BODY - 1);
    return doc.heightOfString(face.text, { width: widths[i]! - 2 * CELL_PAD, align: face.align });
  });
  const height = Math.max(...heights) + 2 * CELL_PAD;
  room(doc, height);
  const top = doc.y;
  let x = MARGIN;
  if (header)
    doc
      .rect(
        MARGIN,
        top,
        widths.reduce((a, b) => a + b, 0),
        height,
      )
      .fill("#e8ecf2")
      .fillColor("black");
  cells.forEach((cell, i) => {
    const face = faceFor(doc, cell, weight, BODY - 1);
    doc.text(face.text, x + CELL_PAD, top + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD, align: face.align });
    x += widths[i]!;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(x, top + height)
    .lineWidth(0.5)
    .strokeColor("#b8c0cc")
    .stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}

function drawSection(doc: Doc, section: PackSection, width: number): void {
  room(doc, 60);
  doc.moveDown(0.8);
  const heading = faceFor(doc, section.heading, "bold", 13);
  doc.fillColor("#1f3a5f").text(heading.text, MARGIN, doc.y, { width, align: heading.align });
  doc.fillColor("black").moveDown(0.3);
  for (const line of section.lines) {
    const face = faceFor(doc, line, "regular", BODY);
    doc.text(face.text, MARGIN, doc.y, { width, align: face.align });
  }
  if (!section.table) return;
  doc.moveDown(0.4);
  const widths = columnWidths(doc, section.table, width);
  drawRow(doc, section.table.columns, widths, true);
  for (const row of section.table.rows) drawRow(doc, row, widths, false);
}

/**
 * Lays the pack out as an A4 PDF with pdfkit (docs/decisions/0007): the built-in Helvetica, and for Urdu (or any
 * Arabic-script) text an embedded Noto face (pack-fonts.ts, docs/decisions/0009), headings per section, tables that
 * break across pages. Dated by the pack, not by the clock, so the same pack makes the same bytes.
 */
export function renderPackPdf(pack: PackDocument, madeAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: pack.title, Author: "Frontline", CreationDate: madeAt, ModDate: madeAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const [name, file] of Object.entries(PACK_FONT_FILES)) doc.registerFont(name, file);
  const width = doc.page.width - 2 * MARGIN;
  doc.x = MARGIN;
  doc.y = MARGIN;
  const title = faceFor(doc, pack.title, "bold", 18);
  doc.text(title.text, { width, align: title.align });
  const subtitle = faceFor(doc, pack.subtitle, "regular", BODY);
  doc.fillColor("#555555").text(subtitle.text, { width, align: subtitle.align }).fillColor("black");
  for (const section of pack.sections) drawSection(doc, section, width);
  doc.end();
  return done;
}
