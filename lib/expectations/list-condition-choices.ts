// The expectations another one may be made conditional on: the others of its survey.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export async function listConditionChoices(db: Db, actor: Actor | null, expectationId: string) {
  requireAbility(actor, "read");
  const self = await db.expectation.findUnique({ where: { id: expectationId }, select: { surveyId: true } });
  if (!self) return [];
  return db.expectation.findMany({
    where: { surveyId: self.surveyId, id: { not: expectationId } },
    orderBy: [{ theme: "asc" }, { position: "asc" }],
    select: { id: true, statement: true, statementKo: true, answerLabel: true, answerLabelKo: true },
  });
}
