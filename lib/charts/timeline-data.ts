// What the timeline draws: developments per month for every month in range
// (zero where none happened, so January never sits next to May), and each
// linked development in its expectation's own lane, so no link hides another.
// The x axis counts months from the first one shown: month i spans [i, i + 1).

export type TimelineMonth = { month: string; count: number };
export type TimelineMarker = { linkId: string; developmentId: string; title: string; day: string; stance: string; expectationId: string };
export type LaneExpectation = { id: string; label: string };

export type TimelineChartData = {
  months: { index: number; month: string; count: number; x: number }[];
  lanes: { id: string; label: string; n: number; y: number }[];
  points: (TimelineMarker & { x: number; y: number; lane: number })[];
  ticks: { x: number; month: string }[];
  step: number;
};

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthName(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * `endMonth` is the as-of month (YYYY-MM): the range runs from the first month
 * with a development or link to it. `expectations` gives the lanes' order and
 * numbers (the order the page lists them in).
 */
export function timelineChartData(
  months: TimelineMonth[],
  markers: TimelineMarker[],
  expectations: LaneExpectation[],
  endMonth: string,
  tickCount = 6,
): TimelineChartData {
  const known = [...months.map((m) => m.month), ...markers.map((m) => m.day.slice(0, 7))];
  if (known.length === 0) return { months: [], lanes: [], points: [], ticks: [], step: 1 };
  const first = Math.min(...known.map(monthIndex));
  const last = Math.max(monthIndex(endMonth), ...known.map(monthIndex));
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const filled = [];
  for (let i = first; i <= last; i++) filled.push({ index: i - first, month: monthName(i), count: counts.get(monthName(i)) ?? 0, x: i - first + 0.5 });

  const used = new Set(markers.map((m) => m.expectationId));
  const order = expectations.map((e, i) => ({ ...e, n: i + 1 })).filter((e) => used.has(e.id));
  // A link to an expectation missing from the list still gets a lane, after the others.
  for (const id of used) if (!order.some((e) => e.id === id)) order.push({ id, label: id, n: expectations.length + order.length + 1 });
  const lanes = order.map((e, y) => ({ id: e.id, label: e.label, n: e.n, y }));
  const laneOf = new Map(lanes.map((l) => [l.id, l.y]));

  // Markers sharing a lane and a month are spread across the lane's height, so
  // two links of the same stance in one month are two dots, not one.
  const groups = new Map<string, TimelineMarker[]>();
  for (const m of markers) {
    const key = `${laneOf.get(m.expectationId)}|${m.day.slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const points = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.day.localeCompare(b.day) || a.linkId.localeCompare(b.linkId));
    const spread = group.length > 1 ? 0.7 / (group.length - 1) : 0;
    for (const [k, m] of group.entries()) {
      const lane = laneOf.get(m.expectationId)!;
      const date = new Date(`${m.day}T00:00:00Z`);
      const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      const x = monthIndex(m.day.slice(0, 7)) - first + (date.getUTCDate() - 0.5) / daysInMonth;
      points.push({ ...m, lane, x, y: group.length > 1 ? lane - 0.35 + k * spread : lane });
    }
  }
  points.sort((a, b) => a.day.localeCompare(b.day) || a.lane - b.lane);

  // Ticks on month starts every `step` months, aligned to the calendar (quarters from January).
  const step = MONTH_STEPS.find((s) => filled.length / s <= tickCount) ?? 60;
  const ticks = [];
  for (let i = Math.ceil(first / step) * step; i <= last; i += step) ticks.push({ x: i - first, month: monthName(i) });
  return { months: filled, lanes, points, ticks, step };
}
