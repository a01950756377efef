// Links between developments and expectations: added, changed and removed
// from either side. Removing is soft; re-adding a removed link revives it.
// Each change is audited with its before and after.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError, isUniqueViolation } from "../errors";
import { requestDecisiveReviewInTx } from "../review/request-review";
import { parseOrThrow } from "../validation";
import { AddEvidenceLinkSchema, UpdateEvidenceLinkSchema } from "./schemas";
import type { z } from "zod";

const STALE_LINK = "errors.linkStale";

export async function addEvidenceLink(db: Db, actor: Actor | null, raw: unknown, now: Date = new Date()) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(AddEvidenceLinkSchema, raw);
  // Two analysts adding the same link at once: the unique key stops the second.
  return insertLink(db, analyst, input, now).catch((error) => {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.linkExists");
    throw error;
  });
}

async function insertLink(db: Db, analyst: Actor, input: z.infer<typeof AddEvidenceLinkSchema>, now: Date) {
  return db.$transaction(async (tx) => {
    const [development, expectation] = await Promise.all([
      tx.development.findFirst({ where: { id: input.developmentId, deletedAt: null }, select: { id: true } }),
      tx.expectation.findUnique({ where: { id: input.expectationId }, select: { id: true } }),
    ]);
    if (!development) throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { developmentId: ["validation.unknownDevelopment"] });
    if (!expectation) throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { expectationId: ["validation.unknownExpectation"] });
    const existing = await tx.evidenceLink.findUnique({
      where: { developmentId_expectationId: { developmentId: input.developmentId, expectationId: input.expectationId } },
    });
    if (existing && !existing.deletedAt) {
      throw new AppError("CONFLICT", "errors.linkExists");
    }
    const data = { stance: input.stance, rationale: input.rationale, decisive: input.decisive };
    const link = existing
      ? await tx.evidenceLink.update({ where: { id: existing.id }, data: { ...data, deletedAt: null, version: { increment: 1 } } })
      : await tx.evidenceLink.create({
          data: { ...data, developmentId: input.developmentId, expectationId: input.expectationId, createdById: analyst.userId },
        });
    await requestDecisiveReviewInTx(tx, analyst, { ...link, rationale: input.rationale }, input.decisive, null, now);
    await recordAudit(tx, {
      userId: analyst.userId,
      action: existing ? "evidence.restore" : "evidence.create",
      entityType: "EvidenceLink",
      entityId: link.id,
      changes: {
        before: existing ? { stance: existing.stance, rationale: existing.rationale, decisive: existing.decisive, deleted: true } : null,
        after: data,
      },
    });
    return { id: link.id };
  });
}

export async function updateEvidenceLink(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date = new Date()) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(UpdateEvidenceLinkSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.evidenceLink.findFirst({
      where: { id, deletedAt: null },
      select: { stance: true, rationale: true, decisive: true, expectationId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.linkNotFound");
    const { count } = await tx.evidenceLink.updateMany({
      where: { id, version: input.expectedVersion, deletedAt: null },
      data: { stance: input.stance, rationale: input.rationale, decisive: input.decisive, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_LINK);
    const { expectationId, ...was } = before;
    await requestDecisiveReviewInTx(tx, analyst, { id, expectationId, rationale: input.rationale }, input.decisive, was.decisive, now);
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "evidence.update",
      entityType: "EvidenceLink",
      entityId: id,
      changes: { before: was, after: { stance: input.stance, rationale: input.rationale, decisive: input.decisive } },
    });
    return { version: input.expectedVersion + 1 };
  });
}

export async function removeEvidenceLink(db: Db, actor: Actor | null, id: string, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  return db.$transaction(async (tx) => {
    const { count } = await tx.evidenceLink.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    if (count === 0) throw new AppError("NOT_FOUND", "errors.linkNotFound");
    await recordAudit(tx, { userId: analyst.userId, action: "evidence.remove", entityType: "EvidenceLink", entityId: id });
  });
}
