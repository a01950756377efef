// Source grading, the one place that says what a grade weighs and which of a
// development's sources is its best (docs/decisions/0040). The Admiralty code
// grades a source twice: reliability A-F and credibility 1-6, where F and 6
// mean "cannot be judged". The rule weighs a development by its best-graded
// source; lists, filters and exports show that same source, so what a reader
// sees is what the rule weighed.
export const RELIABILITY_FACTOR = { A: 1.0, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.5 } as const;
export const CREDIBILITY_FACTOR = { 1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 } as const;

export type Grade = { reliability: string; credibility: number };

const LETTERS = ["A", "B", "C", "D", "E", "F"];

/** What one source of this grade multiplies a stance by (0 for a grade that does not exist). */
export function gradeFactor(g: Grade): number {
  const r = RELIABILITY_FACTOR[g.reliability as keyof typeof RELIABILITY_FACTOR] ?? 0;
  const c = CREDIBILITY_FACTOR[g.credibility as keyof typeof CREDIBILITY_FACTOR] ?? 0;
  return r * c;
}

/**
 * The best of a development's sources: the highest factor; between equal
 * factors (A3 and C1 both weigh 0.6) the better reliability, then credibility,
 * so that the choice never depends on the order the sources were entered.
 */
export function bestGrade(sources: Grade[]): Grade | null {
  let best: Grade | null = null;
  for (const s of sources) {
    if (gradeFactor(s) === 0) continue;
    if (!best || compareGrades(s, best) < 0) best = s;
  }
  return best;
}

/** Negative when `a` is the better grade: the order lists sort by. */
export function compareGrades(a: Grade, b: Grade): number {
  return gradeFactor(b) - gradeFactor(a) || LETTERS.indexOf(a.reliability) - LETTERS.indexOf(b.reliability) || a.credibility - b.credibility;
}

export function formatGrade(g: Grade): string {
  return `${g.reliability}${g.credibility}`;
}

/** "B2" -> { reliability: "B", credibility: 2 }; null for anything else. */
export function parseGrade(text: string): Grade | null {
  const m = /^([A-F])([1-6])$/.exec(text.trim().toUpperCase());
  return m ? { reliability: m[1]!, credibility: Number(m[2]) } : null;
}

/**
 * At least as good as `minimum` on both scales: B2 admits A1, A2, B1 and B2,
 * not A3 (weaker information) nor C1 (a weaker source). F and 6 say the grade
 * cannot be judged, so they never meet a minimum.
 */
export function meetsMinimum(g: Grade | null, minimum: Grade): boolean {
  if (!g || g.reliability === "F" || g.credibility === 6) return false;
  return LETTERS.indexOf(g.reliability) <= LETTERS.indexOf(minimum.reliability) && g.credibility <= minimum.credibility;
}
