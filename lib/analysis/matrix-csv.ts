// The evidence matrix as a spreadsheet: one row per development, one column
// per expectation (the stance's words and its weight), then the row's weight
// and diagnosticity. Headers in the reader's language.
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { csvDocument, type Cell } from "../export/csv";
import { labelsFor } from "../export/labels";
import { answerLabelIn, statementIn } from "../expectations/localize";
import { translatorFor } from "../i18n/translator";
import type { Locale } from "../i18n/locales";
import { dateOf, formatGrade } from "../judgement/rule";
import { evidenceMatrix, type MatrixQuery } from "./evidence-matrix";

export async function matrixCsv(db: Db, actor: Actor | null, q: MatrixQuery & { locale: Locale }): Promise<string> {
  const [view, labels, t] = await Promise.all([evidenceMatrix(db, actor, { ...q, limit: undefined }), labelsFor(q.locale), translatorFor(q.locale)]);
  const h = (key: string) => t(`instruments.matrix.${key}`);
  const header: Cell[] = [
    h("date"),
    h("development"),
    h("grade"),
    ...view.columns.flatMap((c) => {
      const name = answerLabelIn(q.locale, c) ?? statementIn(q.locale, c);
      return [`${name} · ${h("stance")}`, `${name} · ${h("weight")}`];
    }),
    h("rowWeight"),
    h("diagnosticity"),
  ];
  const rows: Cell[][] = view.rows.map((r) => [
    dateOf(r.day).toISOString().slice(0, 10),
    r.title,
    r.grade ? formatGrade(r.grade) : "",
    ...r.cells.flatMap((c) => (c ? [labels.stance(c.stance), c.weight] : ["", ""])),
    r.weight,
    r.diagnosticity,
  ]);
  return csvDocument([header, ...rows]);
}
