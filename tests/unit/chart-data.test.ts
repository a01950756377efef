import { describe, expect, it } from "vitest";
import { scoreChartData } from "../../lib/charts/score-data";
import { niceTicks, timeTicks } from "../../lib/charts/ticks";
import { timelineChartData, type TimelineMarker } from "../../lib/charts/timeline-data";

const gaps = (xs: number[]) => xs.slice(1).map((x, i) => x - xs[i]!);
const monthsOf = (ticks: number[]) => ticks.map((t) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth());
const marker = (linkId: string, day: string, expectationId: string, stance = "SUPPORTS"): TimelineMarker => ({
  linkId,
  developmentId: `d-${linkId}`,
  title: `Development ${linkId}`,
  day,
  stance,
  expectationId,
});

describe("value ticks", () => {
  it("are round, evenly spaced, cover the range and include zero", () => {
    const ticks = niceTicks(-3.5, 4.2, 5);
    expect(ticks).toEqual([-4, -2, 0, 2, 4, 6]);
    expect(ticks[0]).toBeLessThanOrEqual(-3.5);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(4.2);
    expect(niceTicks(-3.2, 4.8, 4)).toEqual([-5, 0, 5]);
  });

  it("handle a flat range and fractional steps without drift", () => {
    expect(niceTicks(2, 2)).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("time ticks", () => {
  it("over eleven months step by whole months from the first of a month, evenly", () => {
    const { unit, step, ticks } = timeTicks(Date.UTC(2025, 0, 20), Date.UTC(2025, 11, 5), 6);
    expect(unit).toBe("month");
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks.every((t) => new Date(t).getUTCDate() === 1)).toBe(true);
    expect(new Set(gaps(monthsOf(ticks)))).toEqual(new Set([step]));
  });

  it("over three weeks step by whole days, evenly", () => {
    const { unit, ticks } = timeTicks(Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 22), 6);
    expect(unit).toBe("day");
    expect(new Set(gaps(ticks)).size).toBe(1);
  });
});

describe("the score chart's data", () => {
  it("draws one snapshot as a level line to the as-of day, not a lone dot", () => {
    const data = scoreChartData({
      points: [{ day: "2025-03-01", net: 1.5, status: "PENDING" }],
      changes: [],
      confirm: 3,
      contradict: -3,
      endDay: "2025-06-01",
    });
    expect(data.line).toEqual([
      { t: Date.UTC(2025, 2, 1), net: 1.5 },
      { t: Date.UTC(2025, 5, 1), net: 1.5 },
    ]);
    expect(data.single).toBe(false);
    expect(data.x.domain[0]).toBeLessThan(Date.UTC(2025, 2, 1));
    expect(data.x.domain[0]).toBeGreaterThan(Date.UTC(2025, 1, 20));
    expect(data.x.domain[1]).toBeGreaterThan(Date.UTC(2025, 5, 1));
    expect(data.x.domain[1]).toBeLessThan(Date.UTC(2025, 5, 10));
    expect(data.y.domain[0]).toBeLessThanOrEqual(-3);
    expect(data.y.domain[1]).toBeGreaterThanOrEqual(3);
    expect(new Set(gaps(data.y.ticks)).size).toBe(1);
  });

  it("gives a point on the as-of day itself room on both sides", () => {
    const data = scoreChartData({ points: [{ day: "2025-03-01", net: 1 }], changes: [], confirm: 3, contradict: -3, endDay: "2025-03-01" });
    expect(data.single).toBe(true);
    expect(data.x.domain[0]).toBeLessThan(data.line[0]!.t);
    expect(data.x.domain[1]).toBeGreaterThan(data.line[0]!.t);
  });

  it("puts each status change on the line, at the score in force that day", () => {
    const data = scoreChartData({
      points: [
        { day: "2025-01-10", net: 1 },
        { day: "2025-02-10", net: 3.5 },
      ],
      changes: [{ day: "2025-02-10", from: "PENDING", to: "CONFIRMED" }],
      confirm: 3,
      contradict: -3,
      endDay: "2025-03-01",
    });
    expect(data.changes).toEqual([{ t: Date.UTC(2025, 1, 10), net: 3.5, day: "2025-02-10", from: "PENDING", to: "CONFIRMED" }]);
  });
});

describe("the timeline's data", () => {
  const expectations = [
    { id: "talks", label: "Talks resume" },
    { id: "tension", label: "Tension rises" },
    { id: "alliance", label: "Alliance holds" },
  ];

  it("has every month from the first development to the as-of month, zero where none happened", () => {
    const data = timelineChartData(
      [
        { month: "2025-01", count: 2 },
        { month: "2025-05", count: 1 },
      ],
      [],
      expectations,
      "2025-11",
    );
    expect(data.months.map((m) => m.month)).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
    ]);
    expect(data.months.map((m) => m.count)).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(new Set(gaps(data.ticks.map((t) => t.x)))).toEqual(new Set([data.step]));
  });

  it("draws two links of the same stance in one month as two separate points", () => {
    const data = timelineChartData(
      [{ month: "2025-03", count: 2 }],
      [marker("a", "2025-03-04", "talks"), marker("b", "2025-03-04", "talks")],
      expectations,
      "2025-03",
    );
    expect(data.points).toHaveLength(2);
    const [a, b] = data.points as [(typeof data.points)[number], (typeof data.points)[number]];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0.3);
  });

  it("gives each linked expectation its own lane, numbered as the page lists them", () => {
    const data = timelineChartData(
      [{ month: "2025-03", count: 2 }],
      [marker("a", "2025-03-04", "alliance"), marker("b", "2025-03-04", "talks")],
      expectations,
      "2025-03",
    );
    expect(data.lanes.map((l) => [l.id, l.n, l.y])).toEqual([
      ["talks", 1, 0],
      ["alliance", 3, 1],
    ]);
    expect(data.points.map((p) => p.lane).sort()).toEqual([0, 1]);
  });
});
