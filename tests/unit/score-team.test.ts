// The team's forecasts scored beside the panel's (docs/decisions/0096): which
// forecast counts, and a question of exclusive answers scored with the panel's formula.
import { describe, expect, it } from "vitest";
import { scoreTeam, teamProbability, type ForecastRow } from "../../lib/forecasts/score-team";

const d = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
const f = (expectationId: string, userId: string, probability: number, madeOn: string, o: { recorded?: Date; deleted?: boolean } = {}): ForecastRow => ({
  expectationId,
  userId,
  probability,
  madeOn: d(madeOn, 0),
  recordedAt: o.recorded ?? d(madeOn),
  deletedAt: o.deleted ? d(madeOn) : null,
});
const item = (id: string, panelShare: number, status: string, group: string | null = null) => ({ id, panelShare, status, theme: "t", questionGroup: group });

describe("the team's probability", () => {
  it("takes each analyst's latest live forecast made and recorded before the cut-off, and averages them", () => {
    const rows = [
      f("e", "ana", 40, "2025-03-01"),
      f("e", "ana", 20, "2025-06-01"),
      f("e", "bea", 50, "2025-05-01"),
      f("e", "bea", 90, "2025-05-02", { deleted: true }),
      // Dated before the resolution, typed in after it: hindsight, not counted.
      f("e", "cal", 0, "2025-08-01", { recorded: d("2025-09-20") }),
      f("e", "ana", 5, "2025-10-01"),
    ];
    expect(teamProbability(rows, d("2025-09-10", 0))).toEqual({ probability: 0.35, forecasters: 2 });
    expect(teamProbability(rows, null)).toEqual({ probability: 0.1833, forecasters: 3 });
    expect(teamProbability([], null)).toBeNull();
  });
});

describe("the team's scorecard", () => {
  it("scores a question of exclusive answers only when the team forecast every answer, beside the panel on the same questions", () => {
    const items = [item("maintained", 0.58, "RULED_OUT", "rok-us"), item("weakened", 0.4, "CONFIRMED", "rok-us"), item("tension", 0.6, "CONTRADICTED")];
    const resolved = new Map([
      ["weakened", d("2025-10-01", 0)],
      ["tension", d("2025-09-10", 0)],
    ]);
    const forecasts = [f("maintained", "ana", 30, "2025-04-01"), f("weakened", "ana", 60, "2025-04-01"), f("tension", "ana", 70, "2025-04-01")];
    const score = scoreTeam(items, forecasts, resolved);
    // rok-us: 0.3^2 + (0.6-1)^2 + (0.1-0)^2 = 0.09 + 0.16 + 0.01 = 0.26 (panel 0.6968); tension: 0.49 (panel 0.36).
    expect(score.questions).toEqual([
      { key: "rok-us", team: 0.26, panel: 0.6968, forecasters: 1, resolvedOn: "2025-10-01" },
      { key: "expectation:tension", team: 0.49, panel: 0.36, forecasters: 1, resolvedOn: "2025-09-10" },
    ]);
    expect(score).toMatchObject({ n: 2, team: 0.375, panel: 0.5284, verdict: "team", tooFew: true });
    // Without a forecast on "maintained", the question is left out for both.
    const partial = scoreTeam(items, forecasts.slice(1), resolved);
    expect(partial).toMatchObject({ n: 1, team: 0.49, panel: 0.36, verdict: "panel" });
  });
});
