// The developments list's filters, as they arrive in the page's URL.
import { z } from "zod";
import { isRealDay } from "../dates";
import { STANCE_KEYS } from "../evidence/stances";
import { RELIABILITY_KEYS } from "./admiralty";
import { EVENT_TYPE_KEYS } from "./event-types";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z.string().refine(isRealDay);

export const DevelopmentFiltersSchema = z.object({
  q: optional(z.string().trim().max(200)),
  from: optional(day),
  to: optional(day),
  eventType: optional(z.enum(EVENT_TYPE_KEYS)),
  actor: optional(z.string().trim().max(80)),
  tag: optional(z.string().trim().max(80)),
  expectationId: optional(z.string().max(40)),
  stance: optional(z.enum(STANCE_KEYS)),
  minReliability: optional(z.enum(RELIABILITY_KEYS)),
  deleted: optional(z.enum(["include", "only"])),
  cursor: optional(z.string().max(200)),
  limit: optional(z.coerce.number().int().min(1).max(100)),
});
export type DevelopmentFilters = z.infer<typeof DevelopmentFiltersSchema>;

/** Parses search params; an invalid filter is dropped (and named) rather than breaking the page. */
export function parseDevelopmentFilters(params: Record<string, string | string[] | undefined>): {
  filters: DevelopmentFilters;
  ignored: string[];
} {
  const flat: Record<string, string> = {};
  const known = new Set(Object.keys(DevelopmentFiltersSchema.shape));
  for (const [key, value] of Object.entries(params)) if (typeof value === "string" && known.has(key)) flat[key] = value;
  const result = DevelopmentFiltersSchema.safeParse(flat);
  if (result.success) return { filters: result.data, ignored: [] };
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k)));
  return { filters: DevelopmentFiltersSchema.parse(kept), ignored: [...bad] };
}

// Keyset cursor: the (occurredOn, id) of the last row shown.
export function encodeCursor(occurredOn: Date, id: string): string {
  return Buffer.from(`${occurredOn.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { occurredOn: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const occurredOn = new Date(iso ?? "");
  return id && !Number.isNaN(occurredOn.getTime()) ? { occurredOn, id } : null;
}
