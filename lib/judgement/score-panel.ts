// Scoring the panel (docs/decisions/0040): once reality has answered, the
// survey's shares are forecasts, scored once per survey question.
// - A question with one statement is binary: Brier (share - outcome)^2, with
//   outcome 1 when CONFIRMED and 0 when CONTRADICTED.
// - A question with several exclusive answers is one forecast over them:
//   the sum over its answers of (share_i - outcome_i)^2, plus the unlisted
//   remainder (1 - the shares) as an implicit "other" answer. It resolves
//   when one answer is confirmed, or when every listed answer is contradicted
//   (then "other" happened).
// Each question is compared with a uniform guess scored the same way (0.5 on
// a binary question; 1/k on each of k listed answers). With fewer than
// MIN_QUESTIONS resolved, the card says the panel cannot be called better or
// worse yet. Pure.
export const MIN_QUESTIONS = 10;
export const COIN_FLIP_BRIER = 0.25;

export type Scorable = { id: string; theme: string; panelShare: number | null; status: string; questionGroup: string | null };

export type Verdict = "better" | "worse" | "tooFew" | "none";
export type BrierSummary = { n: number; brier: number | null; uniform: number | null; verdict: Verdict };

export type Resolved = { key: string; theme: string; brier: number; uniform: number; answers: { id: string; share: number; outcome: 0 | 1 }[] };

const r4 = (v: number) => Math.round(v * 10000) / 10000;

/** One question scored, or why not; the team's scorecard (lib/forecasts/score-team.ts) scores its own probabilities with it. */
export function resolveQuestion(key: string, answers: Scorable[]): Resolved | "open" | "void" | "unscored" {
  if (answers.every((a) => a.status === "VOID")) return "void";
  if (answers.some((a) => a.panelShare === null)) return "unscored";
  const theme = answers[0]!.theme;
  if (answers.length === 1) {
    const a = answers[0]!;
    if (a.status !== "CONFIRMED" && a.status !== "CONTRADICTED") return "open";
    const outcome = a.status === "CONFIRMED" ? 1 : 0;
    return { key, theme, brier: (a.panelShare! - outcome) ** 2, uniform: COIN_FLIP_BRIER, answers: [{ id: a.id, share: a.panelShare!, outcome }] };
  }
  const winners = answers.filter((a) => a.status === "CONFIRMED");
  const allContradicted = answers.every((a) => a.status === "CONTRADICTED");
  if (winners.length !== 1 && !allContradicted) return "open";
  const outcomes = answers.map((a) => ({ id: a.id, share: a.panelShare!, outcome: (a.status === "CONFIRMED" ? 1 : 0) as 0 | 1 }));
  const other = { share: Math.max(0, 1 - outcomes.reduce((s, a) => s + a.share, 0)), outcome: allContradicted ? 1 : 0 };
  const k = answers.length;
  const brier = outcomes.reduce((s, a) => s + (a.share - a.outcome) ** 2, 0) + (other.share - other.outcome) ** 2;
  const uniform = outcomes.reduce((s, a) => s + (1 / k - a.outcome) ** 2, 0) + other.outcome ** 2;
  return { key, theme, brier, uniform, answers: outcomes };
}

function summarise(list: Resolved[]): BrierSummary {
  if (list.length === 0) return { n: 0, brier: null, uniform: null, verdict: "none" };
  const brier = r4(list.reduce((s, q) => s + q.brier, 0) / list.length);
  const uniform = r4(list.reduce((s, q) => s + q.uniform, 0) / list.length);
  const verdict: Verdict = list.length < MIN_QUESTIONS ? "tooFew" : brier < uniform ? "better" : "worse";
  return { n: list.length, brier, uniform, verdict };
}

/** Survey questions: answers sharing a question group, or one expectation alone. */
export function questionsOf(items: Scorable[]): Map<string, Scorable[]> {
  const out = new Map<string, Scorable[]>();
  for (const i of items) {
    const key = i.questionGroup ?? `expectation:${i.id}`;
    out.set(key, [...(out.get(key) ?? []), i]);
  }
  return out;
}

export function scorePanel(items: Scorable[]) {
  const resolved: Resolved[] = [];
  const counts = { open: 0, void: 0, unscored: 0 };
  for (const [key, answers] of questionsOf(items)) {
    const r = resolveQuestion(key, answers);
    if (typeof r === "string") counts[r]++;
    else resolved.push(r);
  }
  const themes = [...new Set(items.map((i) => i.theme))];
  const answers = resolved.flatMap((q) => q.answers);
  return {
    overall: summarise(resolved),
    byTheme: themes.map((theme) => ({ theme, ...summarise(resolved.filter((q) => q.theme === theme)) })),
    questions: resolved.map((q) => ({ key: q.key, brier: r4(q.brier), uniform: r4(q.uniform) })),
    ...counts,
    calibration: calibration(answers),
    // Confident calls (60% or more, or 40% or less) that reality went against.
    confidentMisses: answers.filter((a) => (a.share >= 0.6 && a.outcome === 0) || (a.share <= 0.4 && a.outcome === 1)).map((a) => a.id),
  };
}

/** Ten bands of forecast share: the mean forecast and how often it came true (each answer one point). */
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
    .map((b) => ({ from: b.from, to: b.to, n: b.n, forecast: round3(b.forecast / b.n), observed: round3(b.observed / b.n) }));
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
