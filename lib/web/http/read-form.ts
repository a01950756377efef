// Reads a posted form by a declared list of field names, and nothing else.
//
// A form is attacker-controlled: any name, any number of times, any size. The
// object built here gets only keys written in the action's declaration, so no
// name sent by a client ("__proto__.q", "constructor.prototype") ever becomes
// a key; list indices are bounded, a field sent twice is refused, and the
// whole form is capped (docs/decisions/0011-security-limits.md).
import { AppError } from "../../errors";
import { messageKey } from "../../i18n/translate-message";

/** One value; a list of values ("actors.0", "actors.1"); rows of declared fields ("sources.0.publisher"). */
export type FieldSpec = "one" | { list: number } | { rows: number; fields: readonly string[] };
export type FormShape = Readonly<Record<string, FieldSpec>>;

/** Characters in all the declared values of one form together. */
export const FORM_MAX_CHARS = 256 * 1024;
// Indices beyond this are not a form row anyone typed; the schema's own limit
// (e.g. 10 sources) gives the field message, this only bounds the work.
const MAX_INDEX = 199;

const INDEXED = /^([A-Za-z][A-Za-z0-9]*)\.(\d{1,3})(?:\.([A-Za-z][A-Za-z0-9]*))?$/;

function refuse(field: string, key: string): never {
  throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { [field]: [key] });
}

/** Whether a posted name is one the shape declares (used to echo typed values back). */
export function isDeclared(shape: FormShape, name: string): boolean {
  const spec = Object.hasOwn(shape, name) ? shape[name] : undefined;
  if (spec === "one") return true;
  const m = INDEXED.exec(name);
  if (!m || !Object.hasOwn(shape, m[1]!)) return false;
  const s = shape[m[1]!]!;
  if (s === "one") return false;
  return "list" in s ? m[3] === undefined : m[3] !== undefined && s.fields.includes(m[3]);
}

export function readForm(form: FormData, shape: FormShape): Record<string, unknown> {
  let total = 0;
  const out: Record<string, unknown> = {};
  const lists = new Map<string, Map<number, unknown>>();
  for (const [name, value] of form.entries()) {
    if (!isDeclared(shape, name)) continue; // Next's own $ACTION_ fields and anything undeclared
    if (typeof value !== "string") refuse(name, "validation.invalid");
    total += value.length;
    if (total > FORM_MAX_CHARS) throw new AppError("VALIDATION", messageKey("validation.formTooLarge", { max: FORM_MAX_CHARS / 1024 }));
    if (shape[name] === "one") {
      if (Object.hasOwn(out, name)) refuse(name, "validation.duplicateField");
      out[name] = value;
      continue;
    }
    const [, base, indexText, field] = INDEXED.exec(name)!;
    const index = Number(indexText);
    if (index > MAX_INDEX) refuse(base!, "validation.invalid");
    const rows = lists.get(base!) ?? new Map<number, unknown>();
    lists.set(base!, rows);
    if (field === undefined) {
      if (rows.has(index)) refuse(name, "validation.duplicateField");
      rows.set(index, value);
    } else {
      const row = (rows.get(index) ?? {}) as Record<string, string>;
      if (Object.hasOwn(row, field)) refuse(name, "validation.duplicateField");
      row[field] = value;
      rows.set(index, row);
    }
  }
  // Rows removed in the form leave gaps in the indices; keep the order, close the gaps.
  for (const [base, rows] of lists) out[base] = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  return out;
}
