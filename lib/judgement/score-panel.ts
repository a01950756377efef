// Scoring the panel (docs/design.md): once reality has answered, the survey's
// shares are forecasts. Brier score (share - outcome)^2, outcome 1 when
// CONFIRMED and 0 when CONTRADICTED; VOID, open and share-less ones are left
// out. 0.25 is what a coin flip (always 50%) scores. Pure.
export const COIN_FLIP_BRIER = 0.25;

export type Scorable = { id: string; theme: string; panelShare: number | null; status: string };

export type BrierSummary = { n: number; brier: number | null };

export function outcomeOf(status: string): 0 | 1 | null {
  return status === "CONFIRMED" ? 1 : status === "CONTRADICTED" ? 0 : null;
}

function judged(items: Scorable[]) {
  return items.flatMap((i) => {
    const outcome = outcomeOf(i.status);
    return outcome === null || i.panelShare === null ? [] : [{ ...i, share: i.panelShare, outcome }];
  });
}

function brierOf(list: { share: number; outcome: number }[]): BrierSummary {
  if (list.length === 0) return { n: 0, brier: null };
  const sum = list.reduce((s, i) => s + (i.share - i.outcome) ** 2, 0);
  return { n: list.length, brier: Math.round((sum / list.length) * 10000) / 10000 };
}

export function scorePanel(items: Scorable[]) {
  const scored = judged(items);
  const themes = [...new Set(items.map((i) => i.theme))];
  return {
    overall: brierOf(scored),
    byTheme: themes.map((theme) => ({ theme, ...brierOf(scored.filter((i) => i.theme === theme)) })),
    calibration: calibration(scored),
    // Confident calls (60% or more, or 40% or less) that reality went against.
    confidentMisses: scored.filter((i) => (i.share >= 0.6 && i.outcome === 0) || (i.share <= 0.4 && i.outcome === 1)).map((i) => i.id),
  };
}

/** Ten buckets of forecast share: the mean forecast and how often it came true. */
export function calibration(scored: { share: number; outcome: number }[]) {
  const buckets = Array.from({ length: 10 }, (_, b) => ({ from: b / 10, to: (b + 1) / 10, n: 0, forecast: 0, observed: 0 }));
  for (const i of scored) {
    const bucket = buckets[Math.min(9, Math.floor(i.share * 10))]!;
    bucket.n += 1;
    bucket.forecast += i.share;
    bucket.observed += i.outcome;
  }
  return buckets
    .filter((b) => b.n > 0)
    .map((b) => ({ from: b.from, to: b.to, n: b.n, forecast: round(b.forecast / b.n), observed: round(b.observed / b.n) }));
}

const round = (v: number) => Math.round(v * 1000) / 1000;
