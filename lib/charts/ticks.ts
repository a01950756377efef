// Axis ticks for the charts: "nice" numbers for values (1, 2, 2.5 or 5 times a
// power of ten, so an axis reads 4 / 2 / 0 / -2, never 5 / 2 / -1 / -4) and
// calendar steps for time (every k days, or every k months from a month's
// first day), so a year is as wide as twelve months. Pure: no Recharts here.

const DAY_MS = 86_400_000;
const NICE = [1, 2, 2.5, 5, 10];

/** Evenly spaced round values covering [min, max]: at most about `count` of them, zero included when in range. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    min -= 1;
    max += 1;
  }
  if (min > max) [min, max] = [max, min];
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE.find((n) => n * power >= rough) ?? 10) * power;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Integer multiples of the step, so floating error never drifts a tick.
  for (let k = Math.round(first / step); k <= Math.round(last / step); k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** Milliseconds of the UTC midnight of a YYYY-MM-DD day. */
export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function monthStart(ms: number, add = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

export type TimeTicks = { unit: "day" | "month"; step: number; ticks: number[] };

/**
 * Ticks from `start` to `end` (ms), at most about `count`: whole days for a
 * short span, else month starts every 1, 2, 3, 6 or 12 months (aligned to
 * that step, so quarters start in January, April, July and October).
 */
export function timeTicks(start: number, end: number, count = 6): TimeTicks {
  const span = Math.max(end - start, DAY_MS);
  const days = span / DAY_MS;
  if (days <= 62) {
    const step = DAY_STEPS.find((s) => days / s <= count) ?? 14;
    const ticks: number[] = [];
    for (let t = Math.ceil(start / DAY_MS) * DAY_MS; t <= end; t += step * DAY_MS) ticks.push(t);
    return { unit: "day", step, ticks };
  }
  const months = days / 30.44;
  const step = MONTH_STEPS.find((s) => months / s <= count) ?? 60;
  const ticks: number[] = [];
  const first = new Date(monthStart(start, start === monthStart(start) ? 0 : 1));
  // Align to the step counted from January of year 0, so ticks land on quarters, halves and years.
  const index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  let m = Math.ceil(index / step) * step;
  for (let t = Date.UTC(Math.floor(m / 12), m % 12, 1); t <= end; m += step, t = Date.UTC(Math.floor(m / 12), m % 12, 1)) ticks.push(t);
  return { unit: "month", step, ticks };
}
