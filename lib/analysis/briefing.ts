// A briefing as of a day, for a team meeting: every expectation's status with
// the day it took effect and why, what changed since an earlier day, the
// decisive and heaviest evidence, sensitivity warnings, and the panel's
// scorecard with its sample size. Read in valid time ("as happened",
// docs/decisions/0040); the words are put in by briefing-content.ts.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { dashboardState } from "../dashboard/dashboard-state";
import { judgedAsOf, type HistoryEntry } from "../judgement/judged-as-of";
import { loadFacts } from "../judgement/load-facts";
import { dayOf, type Day } from "../judgement/rule";
import { expectationSensitivity, type SensitivityView } from "./expectation-sensitivity";

export type BriefingData = {
  day: Day;
  since: Day;
  expectations: (Awaited<ReturnType<typeof dashboardState>>["expectations"][number] & {
    validFrom: Date | null;
    sensitivity: SensitivityView;
  })[];
  changes: HistoryEntry[];
  score: Awaited<ReturnType<typeof dashboardState>>["score"];
};

export async function loadBriefing(db: Db, actor: Actor | null, o: { day: Day; since: Day; surveyId?: string }): Promise<BriefingData> {
  requireAbility(actor, "read");
  const view = { day: o.day, knownThen: false };
  const [state, judged, facts] = await Promise.all([dashboardState(db, actor, view, { surveyId: o.surveyId }), judgedAsOf(db, actor, view), loadFacts(db)]);
  const expectations = [];
  for (const e of state.expectations) {
    const own = judged.history.filter((h) => h.expectationId === e.id);
    const sensitivity = await expectationSensitivity(db, actor, { id: e.id, day: o.day, facts });
    expectations.push({ ...e, validFrom: own.at(-1)?.validFrom ?? null, sensitivity });
  }
  const shown = new Set(state.expectations.map((e) => e.id));
  const changes = judged.history.filter((h) => shown.has(h.expectationId) && dayOf(h.validFrom) > o.since && dayOf(h.validFrom) <= o.day);
  return { day: o.day, since: o.since, expectations, changes, score: state.score };
}
