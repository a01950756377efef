// What one version of an expectation holds (docs/decisions/0095): the fields
// an edit may change, its live signposts among them, read from the row and
// compared field by field.
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const VERSIONED_FIELDS = [
  "statement",
  "statementKo",
  "resolutionCriteria",
  "resolutionCriteriaKo",
  "deadline",
  "confirmThreshold",
  "contradictThreshold",
  "conditionId",
  "signposts",
] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

export type VersionFields = {
  statement: string;
  statementKo: string | null;
  resolutionCriteria: string;
  resolutionCriteriaKo: string | null;
  /** YYYY-MM-DD or null. */
  deadline: string | null;
  confirmThreshold: number;
  contradictThreshold: number;
  conditionId: string | null;
  signposts: { label: string; terms: string[]; stance: string }[];
};

export const versionFieldsSelect = {
  statement: true,
  statementKo: true,
  resolutionCriteria: true,
  resolutionCriteriaKo: true,
  deadline: true,
  confirmThreshold: true,
  contradictThreshold: true,
  conditionId: true,
  version: true,
  signposts: { where: { deletedAt: null }, select: { id: true, label: true, terms: true, stance: true }, orderBy: [{ position: "asc" }, { label: "asc" }] },
} satisfies Prisma.ExpectationSelect;

type Row = Prisma.ExpectationGetPayload<{ select: typeof versionFieldsSelect }>;

export function fieldsOf(row: Row): VersionFields {
  return {
    statement: row.statement,
    statementKo: row.statementKo,
    resolutionCriteria: row.resolutionCriteria,
    resolutionCriteriaKo: row.resolutionCriteriaKo,
    deadline: row.deadline ? row.deadline.toISOString().slice(0, 10) : null,
    confirmThreshold: row.confirmThreshold,
    contradictThreshold: row.contradictThreshold,
    conditionId: row.conditionId,
    signposts: row.signposts.map((s) => ({ label: s.label, terms: JSON.parse(s.terms) as string[], stance: s.stance })),
  };
}

export function changedFields(before: VersionFields, after: VersionFields): VersionedField[] {
  return VERSIONED_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/**
 * The expectation's current version has a row: an expectation imported or
 * seeded before issue 17 gets one for the state it is in, written now and
 * without an editor or reason, before its first edit adds the next.
 */
export async function ensureCurrentVersion(tx: Tx, expectationId: string, row: Row, now: Date) {
  const found = await tx.expectationVersion.findUnique({ where: { expectationId_number: { expectationId, number: row.version } }, select: { id: true } });
  if (found) return;
  await tx.expectationVersion.create({
    data: { expectationId, number: row.version, fields: JSON.stringify(fieldsOf(row)), changed: "[]", editedAt: now, reason: null },
  });
}
