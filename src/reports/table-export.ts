import ExcelJS from "exceljs";
import { toCsv } from "./csv.ts";

/** One cell of a report table: what JSON, CSV and a spreadsheet all hold the same way. */
export type Cell = string | number | boolean | null;

/** A column of a report table: the JSON key of its cells and the heading people read. */
export type Column<K extends string = string> = { key: K; heading: string };

/** A table of a report as every export writes it: a title (the sheet's name), its columns in order, its rows. */
export type ExportTable = {
  title: string;
  columns: ReadonlyArray<Column>;
  rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
};

/** The table as CSV: a heading row, then one row per item, the same cells as the JSON. */
export function tableCsv(table: ExportTable): string {
  const { columns, rows } = table;
  return toCsv([columns.map((c) => c.heading), ...rows.map((r) => columns.map((c) => r[c.key] ?? null))]);
}

/**
 * The table as an Excel workbook (one sheet named by the title): numbers as numbers, flags as booleans, instants
 * as ISO text (a spreadsheet's dates have no time zone; the text keeps the instant exact).
 */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Frontline";
  // A sheet name is at most 31 characters and holds none of []:*?/\ (Excel refuses the file otherwise).
  const name = table.title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.heading,
    key: c.key,
    width: Math.max(12, c.heading.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of table.rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, r[c.key] ?? null])));
  return Buffer.from(await book.xlsx.writeBuffer());
}
