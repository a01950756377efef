// An import file, CSV or JSON, read into records keyed by column name, with
// the line (CSV) or position (JSON, from 1) each came from.
import { AppError } from "../errors";
import { parseCsv } from "./parse-csv";
import type { ImportRecord } from "./map-rows";

export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 50_000 } as const;

export function readImport(text: string, format: "csv" | "json"): { headers: string[]; records: { line: number; record: ImportRecord }[] } {
  if (text.length > IMPORT_LIMITS.bytes) throw new AppError("TOO_LARGE", "import.errors.tooLarge");
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError("VALIDATION", "import.errors.badJson");
    }
    if (!Array.isArray(data)) throw new AppError("VALIDATION", "import.errors.badJson");
    if (data.length > IMPORT_LIMITS.rows) throw new AppError("TOO_LARGE", "import.errors.tooManyRows");
    const records = data.map((item, i) => {
      const record: ImportRecord = {};
      if (item && typeof item === "object")
        for (const [k, v] of Object.entries(item as Record<string, unknown>))
          record[k.trim().toLowerCase()] = Array.isArray(v) ? v.map(String).join(";") : v === null || v === undefined ? "" : String(v);
      return { line: i + 1, record };
    });
    return { headers: [...new Set(records.flatMap((r) => Object.keys(r.record)))], records };
  }
  const [head, ...rows] = parseCsv(text);
  if (!head) throw new AppError("VALIDATION", "import.errors.empty");
  if (rows.length > IMPORT_LIMITS.rows) throw new AppError("TOO_LARGE", "import.errors.tooManyRows");
  const headers = head.cells.map((h) => h.trim().toLowerCase());
  return {
    headers,
    records: rows.map((r) => ({ line: r.line, record: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? ""])) })),
  };
}
