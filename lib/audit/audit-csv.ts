// The filtered audit log as CSV, with the export's own helpers (lib/export/csv.ts),
// which neutralise cells a spreadsheet would run as formulas: audit rows carry
// text people typed (titles, reasons), so this matters here too.
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { csvDocument, type Cell } from "../export/csv";
import type { AuditFilters } from "./audit-filters";
import { auditRowsForExport } from "./list-audit";
import { describeSide } from "./split-changes";

export async function auditCsv(db: Db, actor: Actor | null, filters: AuditFilters, header: readonly string[]): Promise<string> {
  const rows = await auditRowsForExport(db, actor, filters);
  const body: Cell[][] = rows.map((r) => [
    r.at.toISOString(),
    r.user?.name ?? "",
    r.user?.email ?? "",
    r.action,
    r.entityType,
    r.entityId,
    describeSide(r.before),
    describeSide(r.after),
  ]);
  return csvDocument([header, ...body]);
}
