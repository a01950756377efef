// An admin chooses, per survey, which analysts' acts wait for a second analyst
// (docs/decisions/0079). Reviews already asked for keep their course.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { SetReviewPolicySchema } from "./schemas";

export async function setReviewPolicy(db: Db, actor: Actor | null, raw: unknown) {
  const admin = requireAbility(actor, "manage:surveys");
  const input = parseOrThrow(SetReviewPolicySchema, raw);
  await db.$transaction(async (tx) => {
    const before = await tx.survey.findUnique({ where: { id: input.surveyId }, select: { reviewPolicy: true } });
    if (!before) throw new AppError("NOT_FOUND", "errors.surveyNotFound");
    await tx.survey.update({ where: { id: input.surveyId }, data: { reviewPolicy: input.reviewPolicy } });
    await recordAudit(tx, {
      userId: admin.userId,
      action: "survey.reviewPolicy.update",
      entityType: "Survey",
      entityId: input.surveyId,
      changes: { before: before.reviewPolicy, after: input.reviewPolicy },
    });
  });
}
