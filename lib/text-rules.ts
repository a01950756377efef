// Rules every schema applies to text and numbers a person sends
// (docs/decisions/0016-text-hygiene-and-logs.md): no control characters but tab and
// line breaks, no hidden bidi overrides (they make a title read differently
// from what it says), no text made only of invisible characters, numbers
// written in plain decimal digits ("0x3", "1e1", " " are not numbers here).
import { z } from "zod";
import { messageKey } from "./i18n/translate-message";

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// Whitespace, zero-width and other characters that show nothing.
const INVISIBLE = /[\s\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF]/gu;

export const YEARS = { min: 1900, max: 2100 } as const;

/** The problem with a text, as a catalogue key, or null. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) return "validation.controlCharacters";
  if (BIDI.test(value)) return "validation.bidiControls";
  if (value.length > 0 && value.replace(INVISIBLE, "").length === 0) return "validation.invisibleOnly";
  return null;
}

/** A string schema with the text rules on top. */
export function cleanText(schema: z.ZodString = z.string()) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Digits only (a number from JSON is taken as it is), then the number schema. */
export function strictNumber<S extends z.ZodNumber>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" && /^\s*-?\d{1,9}(\.\d{1,6})?\s*$/.test(v) ? Number(v) : v), schema);
}

export function strictInt(message = "validation.wholeNumber") {
  return z.preprocess((v) => (typeof v === "string" && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v), z.number({ error: message }).int(message));
}

/** A YYYY-MM-DD day whose year is in YEARS. */
export function yearInRange(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
}

export const YEAR_RANGE_MESSAGE = messageKey("validation.yearRange", YEARS);
