// Remembers which survey a person is looking at, on their account. A choice
// of a survey that does not exist changes nothing.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";

export const ChooseSurveySchema = z.object({
  survey: z.string({ error: "validation.invalid" }).regex(/^[a-z0-9-]{1,80}$/, "validation.invalid"),
});

export async function chooseSurvey(db: Db, actor: Actor | null, raw: unknown): Promise<{ slug: string }> {
  const reader = requireAbility(actor, "read");
  const { survey: slug } = parseOrThrow(ChooseSurveySchema, raw);
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { slug }, select: { id: true } });
    if (!survey) throw new AppError("NOT_FOUND", "surveys.errors.notFound");
    const before = await tx.user.findUnique({ where: { id: reader.userId }, select: { selectedSurveyId: true } });
    if (before?.selectedSurveyId === survey.id) return { slug };
    await tx.user.update({ where: { id: reader.userId }, data: { selectedSurveyId: survey.id } });
    await recordAudit(tx, {
      userId: reader.userId,
      action: "user.survey",
      entityType: "User",
      entityId: reader.userId,
      changes: { before: { survey: before?.selectedSurveyId ?? null }, after: { survey: survey.id } },
    });
    return { slug };
  });
}
