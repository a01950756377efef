import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { themeOrder } from "./themes";

export type ExpectationRow = Awaited<ReturnType<typeof queryRows>>[number];

function queryRows(db: Db) {
  return db.expectation.findMany({
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

/** Every expectation, grouped by theme in the themes' display order. */
export async function listExpectationsByTheme(db: Db, actor: Actor | null) {
  requireAbility(actor, "read");
  const rows = await queryRows(db);
  const groups = new Map<string, ExpectationRow[]>();
  for (const row of rows) {
    const list = groups.get(row.theme) ?? [];
    list.push(row);
    groups.set(row.theme, list);
  }
  return [...groups.entries()].sort(([a], [b]) => themeOrder(a) - themeOrder(b)).map(([theme, expectations]) => ({ theme, expectations }));
}
