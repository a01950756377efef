// Every write lands in the audit log inside the same transaction as the write,
// so there is never a change without its record or a record without its change.
import type { Db } from "../db-client";

type Tx = Pick<Db, "auditLog">;

export type AuditEntry = {
  userId: string | null;
  action: string; // verb.noun, e.g. "expectation.thresholds.update"
  entityType: string;
  entityId: string;
  changes?: unknown;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
    },
  });
}
