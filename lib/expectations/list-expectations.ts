import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { themeOrder } from "./themes";

export type ExpectationRow = Awaited<ReturnType<typeof queryRows>>[number];

function queryRows(db: Db, surveyId?: string) {
  return db.expectation.findMany({
    where: surveyId ? { surveyId } : {},
    orderBy: [{ theme: "asc" }, { position: "asc" }],
    select: {
      id: true,
      key: true,
      theme: true,
      statement: true,
      statementKo: true,
      panelShare: true,
      kind: true,
      status: true,
      deadline: true,
      answerLabel: true,
      answerLabelKo: true,
      questionGroup: true,
      condition: { select: { id: true, statement: true, statementKo: true } },
      _count: { select: { evidenceLinks: { where: { deletedAt: null } } } },
    },
  });
}

/** One survey's expectations (all surveys' without an id), grouped by theme in the themes' display order. */
export async function listExpectationsByTheme(db: Db, actor: Actor | null, scope: { surveyId?: string } = {}) {
  requireAbility(actor, "read");
  const rows = await queryRows(db, scope.surveyId);
  const groups = new Map<string, ExpectationRow[]>();
  for (const row of rows) {
    const list = groups.get(row.theme) ?? [];
    list.push(row);
    groups.set(row.theme, list);
  }
  return [...groups.entries()].sort(([a], [b]) => themeOrder(a) - themeOrder(b)).map(([theme, expectations]) => ({ theme, expectations }));
}
