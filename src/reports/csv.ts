// Reports as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line end).

/** One CSV field; text a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as CSV text. */
export function toCsv(rows: ReadonlyArray<readonly unknown[]>): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * A report object as a two-column table, one figure per row named by its path ("sla.by_priority.high.count"):
 * every number, text and empty figure; lists (breaches, escalations, comments) are counted, not spelled out —
 * their tables have endpoints of their own. The definitions and filters are left out.
 */
export function figuresCsv(
  report: Record<string, unknown>,
  skip: readonly string[] = ["definitions", "filters", "previous"],
): string {
  const rows: unknown[][] = [["indicator", "value"]];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      rows.push([`${path}.count`, node.length]);
    } else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    } else rows.push([path, node]);
  };
  for (const [key, value] of Object.entries(report)) if (!skip.includes(key)) walk(value, key);
  return toCsv(rows);
}
