import { describe, expect, it } from "vitest";
import { MIN_QUESTIONS, scorePanel } from "../../lib/judgement/score-panel";

const item = (id: string, panelShare: number | null, status: string, o: { theme?: string; group?: string } = {}) => ({
  id,
  panelShare,
  status,
  theme: o.theme ?? "t",
  questionGroup: o.group ?? null,
});

describe("the panel's Brier score, one question at a time", () => {
  it("counts the two answers of one question once (multi-answer Brier with the unlisted remainder)", () => {
    // maintained 0.58 (ruled out), weakened 0.40 (confirmed), other 0.02:
    // (0.58-0)^2 + (0.40-1)^2 + (0.02-0)^2 = 0.3364 + 0.36 + 0.0004 = 0.6968; uniform (0.5, 0.5): 0.25 + 0.25 = 0.5.
    const score = scorePanel([item("maintained", 0.58, "RULED_OUT", { group: "rok-us" }), item("weakened", 0.4, "CONFIRMED", { group: "rok-us" })]);
    expect(score.overall).toEqual({ n: 1, brier: 0.6968, uniform: 0.5, verdict: "tooFew" });
  });

  it("a question whose listed answers were all contradicted resolves to 'other'", () => {
    const score = scorePanel([item("a", 0.58, "CONTRADICTED", { group: "q" }), item("b", 0.4, "CONTRADICTED", { group: "q" })]);
    // 0.58^2 + 0.40^2 + (0.02-1)^2 = 0.3364 + 0.16 + 0.9604
    expect(score.overall.brier).toBe(1.4568);
  });

  it("scores a binary question (share - outcome)^2 against a coin flip, and leaves open, void and share-less ones out", () => {
    const score = scorePanel([
      item("no-results", 0.7, "CONFIRMED"),
      item("tension", 0.6, "CONTRADICTED"),
      item("open", 0.5, "LEANING_CONFIRMED"),
      item("void", 0.9, "VOID"),
      item("no-share", null, "CONFIRMED"),
      item("m", 0.58, "LEANING_CONFIRMED", { group: "g" }),
      item("w", 0.4, "PENDING", { group: "g" }),
    ]);
    expect(score.overall).toEqual({ n: 2, brier: 0.225, uniform: 0.25, verdict: "tooFew" }); // (0.09 + 0.36) / 2
    expect({ open: score.open, void: score.void, unscored: score.unscored }).toEqual({ open: 2, void: 1, unscored: 1 });
    expect(score.confidentMisses).toEqual(["tension"]);
  });

  it(`calls the panel better or worse only from ${MIN_QUESTIONS} resolved questions`, () => {
    const nine = Array.from({ length: 9 }, (_, i) => item(`q${i}`, 0.8, "CONFIRMED"));
    expect(scorePanel(nine).overall.verdict).toBe("tooFew");
    expect(scorePanel([...nine, item("q9", 0.8, "CONFIRMED")]).overall).toMatchObject({ n: 10, brier: 0.04, verdict: "better" });
    const wrong = Array.from({ length: 10 }, (_, i) => item(`w${i}`, 0.8, "CONTRADICTED"));
    expect(scorePanel(wrong).overall.verdict).toBe("worse");
  });

  it("per theme and calibration bands count answers of resolved questions", () => {
    const score = scorePanel([item("a", 0.7, "CONFIRMED", { theme: "x" }), item("b", 0.6, "CONTRADICTED", { theme: "y" })]);
    expect(score.byTheme.map((t) => [t.theme, t.n, t.brier])).toEqual([
      ["x", 1, 0.09],
      ["y", 1, 0.36],
    ]);
    expect(score.calibration).toEqual([
      { from: 0.6, to: 0.7, n: 1, forecast: 0.6, observed: 0 },
      { from: 0.7, to: 0.8, n: 1, forecast: 0.7, observed: 1 },
    ]);
  });

  it("has nothing to score before reality answers", () => {
    expect(scorePanel([item("x", 0.7, "PENDING")]).overall).toEqual({ n: 0, brier: null, uniform: null, verdict: "none" });
  });
});
