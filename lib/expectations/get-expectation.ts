import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";

/** One expectation with everything its page shows but its evidence, which comes a page at a time (list-evidence.ts). */
export async function getExpectation(db: Db, actor: Actor | null, id: string) {
  requireAbility(actor, "read");
  const expectation = await db.expectation.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      theme: true,
      statement: true,
      statementKo: true,
      panelShare: true,
      kind: true,
      resolutionCriteria: true,
      resolutionCriteriaKo: true,
      deadline: true,
      status: true,
      statusChangedAt: true,
      questionGroup: true,
      answerLabel: true,
      answerLabelKo: true,
      confirmThreshold: true,
      contradictThreshold: true,
      version: true,
      survey: {
        select: {
          id: true,
          organisation: true,
          organisationKo: true,
          title: true,
          titleKo: true,
          panelSize: true,
          fieldworkStart: true,
          fieldworkEnd: true,
          publishedOn: true,
          sourceReference: true,
        },
      },
      reasons: { orderBy: { position: "asc" }, select: { id: true, text: true, textKo: true } },
      signposts: { where: { deletedAt: null }, orderBy: [{ position: "asc" }, { label: "asc" }], select: { id: true, label: true, terms: true, stance: true } },
      condition: { select: { id: true, statement: true, statementKo: true, status: true } },
      dependents: { select: { id: true, statement: true, statementKo: true, status: true } },
    },
  });
  if (!expectation) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  const siblings = expectation.questionGroup
    ? await db.expectation.findMany({
        where: { questionGroup: expectation.questionGroup, id: { not: expectation.id } },
        select: { id: true, answerLabel: true, answerLabelKo: true, panelShare: true, status: true },
        orderBy: { position: "asc" },
      })
    : [];
  return { ...expectation, siblings };
}
