// The matrix's URL parameters (all optional, all bookmarkable), read once for
// the page and the CSV export. Bad values fall back to defaults rather than fail:
// a hand-edited URL still shows a matrix.
import { asOfFrom } from "../dashboard/as-of";
import { isRealDay } from "../dates";
import { dayOf, parseGrade } from "../judgement/rule";
import { MATRIX_SORTS, type MatrixSort } from "../instruments/matrix";
import type { MatrixQuery, MatrixScope } from "./evidence-matrix";

export type MatrixParams = { scope?: string; asOf?: string; from?: string; to?: string; grade?: string; sort?: string; page?: string };

// The alliance question (its two exclusive answers) is the first matrix a reader sees.
export const DEFAULT_SCOPE = "question:rok-us-relations";

const dayParam = (v?: string) => (v && isRealDay(v) ? v : undefined);

export function matrixQueryFrom(
  p: MatrixParams,
  now: Date,
): Omit<MatrixQuery, "offset" | "limit"> & { page: number; params: MatrixParams & { scope: string; asOf: string } } {
  const [kind, ...rest] = (p.scope ?? DEFAULT_SCOPE).split(":");
  const scope: MatrixScope = { kind: kind === "theme" ? "theme" : "question", key: rest.join(":") || "rok-us-relations" };
  const asOf = asOfFrom(p.asOf, now);
  const from = dayParam(p.from);
  const to = dayParam(p.to);
  const grade = p.grade ? parseGrade(p.grade) : null;
  const sort: MatrixSort = (MATRIX_SORTS as readonly string[]).includes(p.sort ?? "") ? (p.sort as MatrixSort) : "diagnosticity";
  const page = Math.max(0, Math.min(100_000, (Number.parseInt(p.page ?? "1", 10) || 1) - 1));
  return {
    scope,
    scopeIsDefault: p.scope === undefined,
    day: dayOf(asOf.at),
    from: from ? dayOf(new Date(`${from}T00:00:00Z`)) : null,
    to: to ? dayOf(new Date(`${to}T00:00:00Z`)) : null,
    minGrade: grade,
    sort,
    page,
    params: { scope: `${scope.kind}:${scope.key}`, asOf: asOf.day, from, to, grade: grade ? `${grade.reliability}${grade.credibility}` : undefined, sort },
  };
}

export function matrixSearch(p: MatrixParams): string {
  const entries = Object.entries(p).filter(([, v]) => v !== undefined && v !== "");
  return entries.length ? `?${new URLSearchParams(entries as [string, string][]).toString()}` : "";
}
