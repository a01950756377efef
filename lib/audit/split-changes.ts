// Audit rows store what was written as JSON. Newer writes record
// { before, after }; older ones record only the values written, which read as
// "after" with nothing before. Unreadable JSON is shown as it is, never dropped.
export type Side = Record<string, unknown> | null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function splitChanges(raw: string | null): { before: Side; after: Side } {
  if (raw === null) return { before: null, after: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { before: null, after: { value: raw } };
  }
  if (!isObject(parsed)) return { before: null, after: { value: parsed } };
  if ("before" in parsed || "after" in parsed) {
    const { before, after, ...rest } = parsed;
    const side = (v: unknown): Side => (v === undefined || v === null ? null : isObject(v) ? v : { value: v });
    const extra = Object.keys(rest).length ? rest : null;
    return { before: side(before), after: extra ? { ...(side(after) ?? {}), ...extra } : side(after) };
  }
  return { before: null, after: parsed };
}

/** One side as short lines "key: value", for a table cell or a CSV field. */
export function describeSide(side: Side): string {
  if (!side) return "";
  return Object.entries(side)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("\n");
}
