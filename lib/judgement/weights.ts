// Rule version 1 weights (docs/design.md): stance x reliability x credibility,
// each development counted once, through its best-graded source.
import { STANCES } from "../evidence/stances";

export const RULE_VERSION = 1;

const RELIABILITY_FACTOR: Record<string, number> = { A: 1.0, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.5 };
const CREDIBILITY_FACTOR: Record<number, number> = { 1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 };

export type Grade = { reliability: string; credibility: number };

export function stanceValue(stance: string): number {
  return STANCES.find((s) => s.key === stance)?.value ?? 0;
}

/** The factor of a development's best-graded source (0 when it has none). */
export function bestSourceFactor(sources: Grade[]): number {
  return sources.reduce((best, s) => Math.max(best, (RELIABILITY_FACTOR[s.reliability] ?? 0) * (CREDIBILITY_FACTOR[s.credibility] ?? 0)), 0);
}

/** Rounded to hundredths so that sums of factors compare without float noise. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
