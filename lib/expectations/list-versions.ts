// An expectation's versions, newest first, each with who made it, when, why,
// what changed, and what the evaluation did under it (docs/decisions/0095).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import type { VersionFields, VersionedField } from "./version-fields";

export type VersionEntry = {
  number: number;
  fields: VersionFields;
  changed: VersionedField[];
  editedBy: string | null;
  editedAt: Date;
  reason: string | null;
  judgedAt: Date | null;
  /** Status changes the evaluation wrote under this version (current or since superseded). */
  judgedChanges: { from: string; to: string; validFrom: Date; superseded: boolean }[];
};

export async function listVersions(db: Db, actor: Actor | null, expectationId: string): Promise<VersionEntry[]> {
  requireAbility(actor, "read");
  const [rows, changes] = await Promise.all([
    db.expectationVersion.findMany({
      where: { expectationId },
      orderBy: { number: "desc" },
      select: { number: true, fields: true, changed: true, editedAt: true, reason: true, judgedAt: true, editedBy: { select: { name: true } } },
    }),
    db.statusChange.findMany({
      where: { expectationId, expectationVersion: { not: null }, mode: "RULE" },
      orderBy: [{ validFrom: "asc" }, { recordedAt: "asc" }],
      select: { expectationVersion: true, fromStatus: true, toStatus: true, validFrom: true, supersededAt: true },
    }),
  ]);
  return rows.map((r) => ({
    number: r.number,
    fields: JSON.parse(r.fields) as VersionFields,
    changed: JSON.parse(r.changed) as VersionedField[],
    editedBy: r.editedBy?.name ?? null,
    editedAt: r.editedAt,
    reason: r.reason,
    judgedAt: r.judgedAt,
    judgedChanges: changes
      .filter((c) => c.expectationVersion === r.number)
      .map((c) => ({ from: c.fromStatus, to: c.toStatus, validFrom: c.validFrom, superseded: c.supersededAt !== null })),
  }));
}
