// The audit log as admins read it: who did what, when, to which record, with
// what was written before and after. Rows were written by recordAudit in the
// same transaction as each change; here they are only read.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AUDIT_PAGE_SIZE, auditWhere, type AuditFilters } from "./audit-filters";
import { splitChanges } from "./split-changes";

const ROW = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

function present<T extends { changes: string | null }>(row: T) {
  const { changes, ...rest } = row;
  return { ...rest, ...splitChanges(changes) };
}

export async function listAudit(db: Db, actor: Actor | null, filters: AuditFilters) {
  requireAbility(actor, "manage:users");
  const where = auditWhere(filters);
  const page = filters.page ?? 1;
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: ROW }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), rows: rows.map(present) };
}

/** What the filter menus offer: everyone who has an account, every kind of record logged. */
export async function auditFilterChoices(db: Db, actor: Actor | null) {
  requireAbility(actor, "manage:users");
  const [people, kinds] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { people, kinds: kinds.map((k) => k.entityType) };
}

/** Every matching row, oldest first, for the CSV download (capped so one request stays bounded). */
export const AUDIT_EXPORT_MAX = 50_000;

export async function auditRowsForExport(db: Db, actor: Actor | null, filters: AuditFilters) {
  requireAbility(actor, "manage:users");
  const rows = await db.auditLog.findMany({ where: auditWhere(filters), orderBy: [{ at: "asc" }, { id: "asc" }], take: AUDIT_EXPORT_MAX, select: ROW });
  return rows.map(present);
}
