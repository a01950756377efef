// What the score chart draws, built from the series the dashboard computes
// ({day, net, status} points, {day, from, to} changes, the developments behind
// the steps): a step line on a real time axis that runs on to the as-of day,
// status changes on the line, developments along the bottom, round ticks.
import { dayMs, niceTicks, timeTicks, type TimeTicks } from "./ticks";

const DAY_MS = 86_400_000;

export type ScorePoint = { day: string; net: number; status?: string | null };
export type ScoreChange = { day: string; from: string; to: string };
export type ScoreStep = { day: string; title: string; stance: string; developmentId: string };

export type ScoreChartData = {
  line: { t: number; net: number }[];
  changes: { t: number; net: number; day: string; from: string; to: string }[];
  steps: { t: number; net: number; day: string; title: string; stance: string; developmentId: string }[];
  x: { domain: [number, number] } & TimeTicks;
  y: { domain: [number, number]; ticks: number[] };
  /** Only one distinct day: the chart shows the point itself, a line would be invisible. */
  single: boolean;
};

type Input = { points: ScorePoint[]; changes: ScoreChange[]; steps?: ScoreStep[]; confirm: number; contradict: number; endDay: string; tickCount?: number };

/** The score in force at `t`: the last point on or before it (0 before the first). */
function netAt(line: { t: number; net: number }[], t: number): number {
  let net = 0;
  for (const p of line) {
    if (p.t > t) break;
    net = p.net;
  }
  return net;
}

export function scoreChartData({ points, changes, steps = [], confirm, contradict, endDay, tickCount = 6 }: Input): ScoreChartData {
  const line = points.map((p) => ({ t: dayMs(p.day), net: p.net })).sort((a, b) => a.t - b.t);
  const end = Math.max(dayMs(endDay), line.at(-1)?.t ?? -Infinity);
  // The last score holds until the as-of day: draw it that far.
  if (line.length && line.at(-1)!.t < end) line.push({ t: end, net: line.at(-1)!.net });
  const times = [...line.map((p) => p.t), ...changes.map((c) => dayMs(c.day)), ...steps.map((s) => dayMs(s.day))];
  let start = times.length ? Math.min(...times) : end - 30 * DAY_MS;
  let stop = Math.max(end, ...times);
  const single = new Set(line.map((p) => p.t)).size <= 1;
  // One day alone gets a day either side, so its point sits mid-axis rather than on an edge.
  if (stop - start < DAY_MS) {
    start -= DAY_MS;
    stop += DAY_MS;
  }
  const pad = Math.max(DAY_MS, Math.round((stop - start) * 0.02));
  const values = [...line.map((p) => p.net), confirm, contradict, 0];
  const yTicks = niceTicks(Math.min(...values), Math.max(...values), 5);
  // Just above the x axis, so a mark is not cut in half by it.
  const rug = (yTicks[0] ?? 0) + ((yTicks.at(-1) ?? 0) - (yTicks[0] ?? 0)) * 0.04;
  return {
    line,
    changes: changes.map((c) => ({ t: dayMs(c.day), net: netAt(line, dayMs(c.day)), day: c.day, from: c.from, to: c.to })),
    // Developments sit along the bottom of the plot (a rug), not on the line:
    // before the first point the series does not say what the score was.
    steps: steps.map((s) => ({ t: dayMs(s.day), net: rug, day: s.day, title: s.title, stance: s.stance, developmentId: s.developmentId })),
    // A little room at both ends so the first and last marks are not cut in half by the plot's edge.
    x: { domain: [start - pad, stop + pad], ...timeTicks(start, stop, tickCount) },
    y: { domain: [yTicks[0] ?? 0, yTicks.at(-1) ?? 0], ticks: yTicks },
    single,
  };
}
