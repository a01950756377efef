// An admin (or an analyst, where the installation allows it) changes an
// expectation: statement, criteria, deadline, thresholds, condition or
// signposts (removes some, adds one). Every
// edit is a new version row with who, when and why (docs/decisions/0095);
// nothing is overwritten without one. A save based on a version someone else
// has since changed is refused, not merged. The evaluation picks the edit up
// through Expectation.updatedAt and re-judges under the new version.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { parseOrThrow } from "../validation";
import { EditExpectationSchema, signpostTerms, type EditExpectationInput } from "./schemas";
import { changedFields, ensureCurrentVersion, fieldsOf, versionFieldsSelect, type VersionFields } from "./version-fields";

export type EditPolicy = {
  /** The installation's setting (EXPECTATION_EDITORS=admins-and-analysts): analysts may edit too. */
  analystsMayEdit: boolean;
};

/** Whether this person may edit expectations; the page asks the same question to show the form. */
export function mayEditExpectations(actor: Actor | null, policy: EditPolicy): boolean {
  if (!actor || actor.mustChangePassword) return false;
  return actor.role === "admin" || (actor.role === "analyst" && policy.analystsMayEdit);
}

function requireEditor(actor: Actor | null, policy: EditPolicy): Actor {
  const reader = requireAbility(actor, "read");
  if (!mayEditExpectations(reader, policy)) throw new AppError("FORBIDDEN", "expectationEdit.errors.forbidden");
  return reader;
}

type LiveSignpost = { id: string; label: string; terms: string; stance: string };

function signpostsAfter(live: LiveSignpost[], input: EditExpectationInput): VersionFields["signposts"] {
  const remove = new Set(input.removeSignposts ?? []);
  for (const id of remove) {
    if (!live.some((s) => s.id === id)) throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { removeSignposts: ["validation.invalid"] });
  }
  const kept = live.filter((s) => !remove.has(s.id)).map((s) => ({ label: s.label, terms: JSON.parse(s.terms) as string[], stance: s.stance }));
  if (!input.signpostLabel) return kept;
  if (kept.some((s) => s.label === input.signpostLabel)) {
    throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { signpostLabel: ["expectationEdit.errors.signpostTaken"] });
  }
  return [...kept, { label: input.signpostLabel, terms: signpostTerms(input.signpostTerms ?? ""), stance: input.signpostStance as string }];
}

/** Removed signposts are soft-deleted; an added one revives a removed one of the same label (labels are unique per expectation). */
async function writeSignposts(tx: Prisma.TransactionClient, id: string, live: LiveSignpost[], input: EditExpectationInput, userId: string, now: Date) {
  const remove = input.removeSignposts ?? [];
  if (remove.length) await tx.signpost.updateMany({ where: { id: { in: remove }, expectationId: id }, data: { deletedAt: now } });
  if (!input.signpostLabel) return;
  const data = {
    terms: JSON.stringify(signpostTerms(input.signpostTerms ?? "")),
    stance: input.signpostStance as Prisma.SignpostCreateInput["stance"],
    deletedAt: null,
    createdById: userId,
  };
  const position = live.length;
  await tx.signpost.upsert({
    where: { expectationId_label: { expectationId: id, label: input.signpostLabel } },
    update: { ...data, position },
    create: { expectationId: id, label: input.signpostLabel, ...data, position },
  });
}

function apply(before: VersionFields, input: EditExpectationInput, live: LiveSignpost[]): VersionFields {
  const orNull = (v: string | undefined, old: string | null) => (v === undefined ? old : v === "" ? null : v);
  return {
    ...before,
    signposts: signpostsAfter(live, input),
    statement: input.statement ?? before.statement,
    statementKo: orNull(input.statementKo, before.statementKo),
    resolutionCriteria: input.resolutionCriteria ?? before.resolutionCriteria,
    resolutionCriteriaKo: orNull(input.resolutionCriteriaKo, before.resolutionCriteriaKo),
    deadline: orNull(input.deadline, before.deadline),
    confirmThreshold: input.confirmThreshold ?? before.confirmThreshold,
    contradictThreshold: input.contradictThreshold ?? before.contradictThreshold,
    conditionId: orNull(input.conditionId, before.conditionId),
  };
}

/** The condition must be another expectation of the same survey whose own chain of conditions does not lead back here. */
async function checkCondition(tx: Prisma.TransactionClient, id: string, surveyId: string, conditionId: string) {
  const refuse = () => {
    throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { conditionId: ["expectationEdit.errors.badCondition"] });
  };
  if (conditionId === id) refuse();
  let next: string | null = conditionId;
  for (let hops = 0; next; hops++) {
    const row: { id: string; surveyId: string; conditionId: string | null } | null = await tx.expectation.findUnique({
      where: { id: next },
      select: { id: true, surveyId: true, conditionId: true },
    });
    if (!row || row.surveyId !== surveyId || hops > 50) refuse();
    if (row!.conditionId === id) refuse();
    next = row!.conditionId;
  }
}

export async function editExpectation(db: Db, actor: Actor | null, id: string, raw: unknown, o: EditPolicy & { now: Date }) {
  const editor = requireEditor(actor, o);
  const input = parseOrThrow(EditExpectationSchema, raw);
  return db.$transaction(async (tx) => {
    const row = await tx.expectation.findUnique({ where: { id }, select: { ...versionFieldsSelect, surveyId: true } });
    if (!row) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
    if (row.version !== input.expectedVersion) throw new AppError("CONFLICT", "expectationEdit.errors.stale");
    const before = fieldsOf(row);
    const after = apply(before, input, row.signposts);
    const changed = changedFields(before, after);
    if (changed.length === 0) throw new AppError("VALIDATION", "expectationEdit.errors.nothingChanged");
    if (after.conditionId && after.conditionId !== before.conditionId) await checkCondition(tx, id, row.surveyId, after.conditionId);

    await ensureCurrentVersion(tx, id, row, o.now);
    const number = row.version + 1;
    const { count } = await tx.expectation.updateMany({
      where: { id, version: row.version },
      data: {
        statement: after.statement,
        statementKo: after.statementKo,
        resolutionCriteria: after.resolutionCriteria,
        resolutionCriteriaKo: after.resolutionCriteriaKo,
        deadline: after.deadline ? new Date(`${after.deadline}T00:00:00Z`) : null,
        confirmThreshold: after.confirmThreshold,
        contradictThreshold: after.contradictThreshold,
        conditionId: after.conditionId,
        version: number,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "expectationEdit.errors.stale");
    if (changed.includes("signposts")) await writeSignposts(tx, id, row.signposts, input, editor.userId, o.now);
    await tx.expectationVersion.create({
      data: {
        expectationId: id,
        number,
        fields: JSON.stringify(after),
        changed: JSON.stringify(changed),
        editedById: editor.userId,
        editedAt: o.now,
        reason: input.reason,
      },
    });
    const pick = (f: VersionFields) => Object.fromEntries(changed.map((k) => [k, f[k]]));
    await recordAudit(tx, {
      userId: editor.userId,
      action: "expectation.edit",
      entityType: "Expectation",
      entityId: id,
      changes: { version: number, reason: input.reason, before: pick(before), after: pick(after) },
    });
    return { version: number, changed };
  });
}
