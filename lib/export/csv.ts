// CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a
// quote, comma or line break, quotes doubled), in UTF-8 with a byte-order
// mark: without it, Excel reads the file in the machine's legacy code page and
// Korean turns into mojibake.
//
// Formula injection (CWE-1236): a spreadsheet runs a cell that begins with
// =, +, - or @ (and, in some, a tab or carriage return) as a formula, so a
// development titled "=HYPERLINK(...)" would become a live link or worse in the
// reader's Excel. Text cells beginning with one of those get a single quote in
// front, which spreadsheets show as plain text. Numbers the export computes
// itself (scores, thresholds, shares) are written as numbers, never prefixed:
// -3 must stay a number, and no user text reaches them.

export const BOM = "\uFEFF";
export const CRLF = "\r\n";

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised against formulas, quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its line end. */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

/** A whole file: the byte-order mark, then every record. */
export function csvDocument(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map(csvRow).join("");
}
