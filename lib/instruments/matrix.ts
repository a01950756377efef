// The evidence matrix of analysis of competing hypotheses: developments as
// rows, the expectations of one theme (or the answers of one question) as
// columns, each cell the link's stance with its weight (rule/evidence-state.ts
// linkWeight). A row is diagnostic when it bears differently on the columns:
// evidence that supports every answer alike tells them apart not at all.
import { knownFacts, linkWeight, meetsMinimum, type Day, type Decisive, type Facts, type Grade, type Stance } from "../judgement/rule";

export type MatrixCell = { stance: Stance; decisive: Decisive; weight: number };
export type MatrixRow = {
  developmentId: string;
  day: Day;
  grade: Grade | null;
  /** Per column, in column order; null where the development is not linked. */
  cells: (MatrixCell | null)[];
  /** Sum of |weight| across the row. */
  weight: number;
  diagnosticity: number;
};
export type MatrixSort = "date" | "weight" | "diagnosticity";
export const MATRIX_SORTS: readonly MatrixSort[] = ["diagnosticity", "weight", "date"];

export type MatrixOptions = {
  columns: string[];
  /** As of this day (developments on or before it, links live now). */
  day: Day;
  from?: Day | null;
  to?: Day | null;
  /** Only developments whose best source meets this grade on both scales. */
  minGrade?: Grade | null;
  sort: MatrixSort;
};

/**
 * How differently a row bears on the columns: the spread between the weight
 * it gives the column it favours most and the one it favours least, an
 * unlinked column counting as neutral (0). Supporting both answers of a
 * question scores 0; supporting one as strongly as it contradicts the other
 * scores the most a row of that grade can.
 */
export function diagnosticity(weights: (number | null)[]): number {
  if (weights.length < 2) return 0;
  const values = weights.map((w) => w ?? 0);
  return Math.round((Math.max(...values) - Math.min(...values)) * 100) / 100;
}

export function buildMatrix(facts: Facts, o: MatrixOptions): MatrixRow[] {
  const index = new Map(o.columns.map((id, i) => [id, i]));
  const rows = new Map<string, MatrixRow>();
  for (const l of knownFacts(facts).links) {
    const col = index.get(l.expectationId);
    if (col === undefined || l.day > o.day) continue;
    if ((o.from != null && l.day < o.from) || (o.to != null && l.day > o.to)) continue;
    if (o.minGrade && !meetsMinimum(l.grade, o.minGrade)) continue;
    let row = rows.get(l.developmentId);
    if (!row) {
      row = { developmentId: l.developmentId, day: l.day, grade: l.grade, cells: o.columns.map(() => null), weight: 0, diagnosticity: 0 };
      rows.set(l.developmentId, row);
    }
    row.cells[col] = { stance: l.stance, decisive: l.decisive, weight: Math.round(linkWeight(l) * 100) / 100 };
  }
  const out = [...rows.values()];
  for (const r of out) {
    r.weight = Math.round(r.cells.reduce((s, c) => s + Math.abs(c?.weight ?? 0), 0) * 100) / 100;
    r.diagnosticity = diagnosticity(r.cells.map((c) => c?.weight ?? null));
  }
  const byDate = (a: MatrixRow, b: MatrixRow) => b.day - a.day || a.developmentId.localeCompare(b.developmentId);
  const order: Record<MatrixSort, (a: MatrixRow, b: MatrixRow) => number> = {
    date: byDate,
    weight: (a, b) => b.weight - a.weight || byDate(a, b),
    diagnosticity: (a, b) => b.diagnosticity - a.diagnosticity || b.weight - a.weight || byDate(a, b),
  };
  return out.sort(order[o.sort]);
}
