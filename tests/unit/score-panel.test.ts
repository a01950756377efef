import { describe, expect, it } from "vitest";
import { COIN_FLIP_BRIER, scorePanel } from "../../lib/judgement/score-panel";

describe("the panel's Brier score", () => {
  const items = [
    { id: "no-results", theme: "us-dprk-talks", panelShare: 0.7, status: "CONFIRMED" }, // (0.7-1)^2 = 0.09
    { id: "tension", theme: "inter-korean", panelShare: 0.6, status: "CONTRADICTED" }, // (0.6-0)^2 = 0.36
    { id: "maintained", theme: "rok-us-alliance", panelShare: 0.58, status: "CONFIRMED" }, // 0.1764
    { id: "weakened", theme: "rok-us-alliance", panelShare: 0.4, status: "CONTRADICTED" }, // 0.16
    { id: "open", theme: "us-dprk-talks", panelShare: 0.5, status: "LEANING_CONFIRMED" }, // not judged
    { id: "void", theme: "us-dprk-talks", panelShare: 0.9, status: "VOID" }, // excluded
    { id: "no-share", theme: "us-dprk-talks", panelShare: null, status: "CONFIRMED" }, // no forecast
  ];

  it("averages (share - outcome)^2 over judged expectations with a share, overall and per theme", () => {
    const score = scorePanel(items);
    expect(score.overall).toEqual({ n: 4, brier: 0.1966 }); // (0.09 + 0.36 + 0.1764 + 0.16) / 4
    expect(score.byTheme).toEqual([
      { theme: "us-dprk-talks", n: 1, brier: 0.09 },
      { theme: "inter-korean", n: 1, brier: 0.36 },
      { theme: "rok-us-alliance", n: 2, brier: 0.1682 },
    ]);
    expect(score.overall.brier!).toBeLessThan(COIN_FLIP_BRIER);
  });

  it("names the confident calls reality went against, and buckets forecasts for calibration", () => {
    const score = scorePanel(items);
    expect(score.confidentMisses).toEqual(["tension"]);
    expect(score.calibration).toEqual([
      { from: 0.4, to: 0.5, n: 1, forecast: 0.4, observed: 0 },
      { from: 0.5, to: 0.6, n: 1, forecast: 0.58, observed: 1 },
      { from: 0.6, to: 0.7, n: 1, forecast: 0.6, observed: 0 },
      { from: 0.7, to: 0.8, n: 1, forecast: 0.7, observed: 1 },
    ]);
  });

  it("has nothing to score before reality answers", () => {
    expect(scorePanel([{ id: "x", theme: "t", panelShare: 0.7, status: "PENDING" }]).overall).toEqual({ n: 0, brier: null });
  });
});
