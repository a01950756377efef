// "Evidence reviewed through <day>", per survey: the analysts' statement that
// everything up to that day has been looked for and logged. Deadline rules
// wait for it (docs/decisions/0040): before an analyst says the record is
// complete up to a deadline, a missing development may only be unlogged.
// Each mark is a new row (the latest by time set is in force), audited.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { isRealDay } from "../dates";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";

export const SetCoverageSchema = z.object({
  surveyId: z.string({ error: "validation.invalid" }).min(1, "validation.invalid").max(64, "validation.invalid"),
  throughDay: z.string({ error: "validation.enterDate" }).trim().refine(isRealDay, "validation.realDate"),
});

export async function setCoverage(db: Db, actor: Actor | null, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(SetCoverageSchema, raw);
  const throughDay = new Date(`${input.throughDay}T00:00:00Z`);
  if (input.throughDay > now.toISOString().slice(0, 10)) {
    throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { throughDay: ["validation.coverageFuture"] });
  }
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { id: input.surveyId }, select: { id: true, fieldworkStart: true } });
    if (!survey) throw new AppError("NOT_FOUND", "errors.surveyNotFound");
    if (throughDay < survey.fieldworkStart) {
      throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { throughDay: ["validation.coverageBeforeSurvey"] });
    }
    const before = await tx.coverageMark.findFirst({ where: { surveyId: survey.id }, orderBy: { setAt: "desc" }, select: { throughDay: true } });
    const mark = await tx.coverageMark.create({ data: { surveyId: survey.id, throughDay, setById: analyst.userId, setAt: now }, select: { id: true } });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "coverage.set",
      entityType: "Survey",
      entityId: survey.id,
      changes: { before: before?.throughDay.toISOString().slice(0, 10) ?? null, after: input.throughDay },
    });
    return mark;
  });
}

/** Each survey with its coverage in force and who set it. */
export async function listCoverage(db: Db, actor: Actor | null) {
  requireAbility(actor, "read");
  const surveys = await db.survey.findMany({
    orderBy: { publishedOn: "asc" },
    select: {
      id: true,
      title: true,
      titleKo: true,
      coverage: { orderBy: { setAt: "desc" }, take: 1, select: { throughDay: true, setAt: true, setBy: { select: { name: true } } } },
    },
  });
  return surveys.map(({ coverage, ...s }) => ({
    ...s,
    coverage: coverage[0] ? { throughDay: coverage[0].throughDay, setAt: coverage[0].setAt, by: coverage[0].setBy.name } : null,
  }));
}
