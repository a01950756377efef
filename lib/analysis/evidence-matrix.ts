// The evidence matrix of one theme or one survey question, as of a day
// (lib/instruments/matrix.ts), with the names a page or a spreadsheet shows.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { themeOrder } from "../expectations/themes";
import { loadFacts } from "../judgement/load-facts";
import { type Day, type Facts, type Grade } from "../judgement/rule";
import { buildMatrix, type MatrixRow, type MatrixSort } from "../instruments/matrix";

export type MatrixScope = { kind: "theme"; key: string } | { kind: "question"; key: string };
export type MatrixColumn = { id: string; statement: string; statementKo: string | null; answerLabel: string | null; answerLabelKo: string | null };
export type MatrixScopeOption = { kind: "theme" | "question"; key: string; theme: string };
export type MatrixQuery = {
  scope: MatrixScope;
  /** The survey whose themes and questions are offered (issue 17); absent: every survey's. */
  surveyId?: string;
  /** The scope came from no one's choice: when the survey has no such theme or question, show its first. */
  scopeIsDefault?: boolean;
  day: Day;
  from?: Day | null;
  to?: Day | null;
  minGrade?: Grade | null;
  sort: MatrixSort;
  offset?: number;
  limit?: number;
};

export type MatrixView = {
  columns: MatrixColumn[];
  rows: (MatrixRow & { title: string })[];
  total: number;
  scopes: MatrixScopeOption[];
  /** The scope shown, "kind:key" (the default's stand-in when the survey lacks it). */
  scope: string;
};

const columnSelect = {
  id: true,
  theme: true,
  position: true,
  questionGroup: true,
  statement: true,
  statementKo: true,
  answerLabel: true,
  answerLabelKo: true,
} as const;

/** The themes and questions a matrix can be drawn for (a question: two or more exclusive answers). */
function scopesOf(list: { theme: string; questionGroup: string | null }[]): MatrixScopeOption[] {
  const themes = [...new Set(list.map((e) => e.theme))].sort((a, b) => themeOrder(a) - themeOrder(b));
  const questions = [...new Set(list.flatMap((e) => (e.questionGroup ? [e.questionGroup] : [])))];
  return [
    ...questions.map((key) => ({ kind: "question" as const, key, theme: list.find((e) => e.questionGroup === key)!.theme })),
    ...themes.map((key) => ({ kind: "theme" as const, key, theme: key })),
  ];
}

export async function evidenceMatrix(db: Db, actor: Actor | null, q: MatrixQuery & { facts?: Facts }): Promise<MatrixView> {
  requireAbility(actor, "read");
  const [all, facts] = await Promise.all([
    db.expectation.findMany({ where: q.surveyId ? { surveyId: q.surveyId } : {}, select: columnSelect }),
    q.facts ? Promise.resolve(q.facts) : loadFacts(db),
  ]);
  const scopes = scopesOf(all);
  const wanted = q.scopeIsDefault && !scopes.some((s) => s.kind === q.scope.kind && s.key === q.scope.key) && scopes[0] ? scopes[0] : q.scope;
  const scope: MatrixScope = { kind: wanted.kind, key: wanted.key };
  const columns = all.filter((e) => (scope.kind === "theme" ? e.theme === scope.key : e.questionGroup === scope.key)).sort((a, b) => a.position - b.position);
  if (columns.length === 0) throw new AppError("NOT_FOUND", "instruments.errors.scopeNotFound");
  const rows = buildMatrix(facts, { columns: columns.map((c) => c.id), day: q.day, from: q.from, to: q.to, minGrade: q.minGrade, sort: q.sort });
  const page = q.limit === undefined ? rows : rows.slice(q.offset ?? 0, (q.offset ?? 0) + q.limit);
  const titles = new Map(
    (
      await titlesOf(
        db,
        page.map((r) => r.developmentId),
      )
    ).map((d) => [d.id, d.title]),
  );
  return {
    columns: columns.map(({ id, statement, statementKo, answerLabel, answerLabelKo }) => ({ id, statement, statementKo, answerLabel, answerLabelKo })),
    rows: page.map((r) => ({ ...r, title: titles.get(r.developmentId) ?? "" })),
    total: rows.length,
    scopes,
    scope: `${scope.kind}:${scope.key}`,
  };
}

// SQLite caps the number of bound values in one statement: ask in slices.
async function titlesOf(db: Db, ids: string[]) {
  const out: { id: string; title: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(...(await db.development.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, title: true } })));
  }
  return out;
}
