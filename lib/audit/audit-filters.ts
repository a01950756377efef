// The filters of the audit log viewer, read from a page's or a download's
// query string. Anything malformed is dropped rather than refused: a filter
// link someone edited by hand shows more rows, never an error page.
import { z } from "zod";
import { isRealDay } from "../dates";

export const AUDIT_PAGE_SIZE = 50;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay);

const Filters = z.object({
  person: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
  kind: z
    .string()
    .max(40)
    .regex(/^[A-Za-z]+$/)
    .optional()
    .catch(undefined),
  from: Day.optional().catch(undefined),
  to: Day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type AuditFilters = z.infer<typeof Filters>;

export function readAuditFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const one = Array.isArray(value) ? value[0] : value;
    return one === "" || one === null ? undefined : one;
  };
  return Filters.parse({ person: get("person"), kind: get("kind"), from: get("from"), to: get("to"), page: get("page") });
}

/** The filters as a query string, for links that keep them (pages, download). */
export function auditQuery(filters: AuditFilters, page?: number): string {
  const entries = Object.entries({ person: filters.person, kind: filters.kind, from: filters.from, to: filters.to, page }).filter(
    (e): e is [string, string | number] => e[1] !== undefined,
  );
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

/** The Prisma filter: the period covers whole UTC days, both ends included. */
export function auditWhere(filters: AuditFilters) {
  const at: { gte?: Date; lt?: Date } = {};
  if (filters.from) at.gte = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) at.lt = new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    ...(filters.person ? { userId: filters.person } : {}),
    ...(filters.kind ? { entityType: filters.kind } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}
