// A year of 2025 developments logged the way a new team logs them: after the
// fact, out of order, some months late, with the scheduler's live runs going
// on meanwhile. Then the checks a reviewing team relies on (docs/decisions/0040):
// history dated by the developments that tipped it; the dashboard on every
// month-end equal to a full replay; re-running writes nothing; replays of
// past days never touch live status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { dashboardState } from "../../lib/dashboard/dashboard-state";
import { logDevelopment } from "../../lib/developments/log-development";
import { setCoverage } from "../../lib/judgement/coverage";
import { loadFacts } from "../../lib/judgement/load-facts";
import { dateOf, dayOf, replay } from "../../lib/judgement/rule";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const TODAY = new Date("2026-11-29T10:00:00Z");
const DAY = 86_400_000;

// day, expectation, stance, grade, decisive, days between happening and being logged
const YEAR: [string, string, string, string, string, number][] = [
  ["2025-01-25", "us-reaches-out", "SUPPORTS", "A2", "NONE", 2],
  ["2025-02-10", "alliance-maintained", "STRONGLY_SUPPORTS", "B1", "NONE", 1],
  ["2025-03-03", "inter-korean-tension-persists", "SUPPORTS", "B2", "NONE", 140], // logged in July
  ["2025-03-15", "kim-takes-his-time", "SUPPORTS", "A2", "NONE", 3],
  ["2025-04-02", "us-reaches-out", "SUPPORTS", "B2", "MEETS_CONFIRMING", 1],
  ["2025-04-20", "alliance-weakened", "SUPPORTS", "C2", "NONE", 2],
  ["2025-05-05", "talks-resume", "CONTRADICTS", "B2", "NONE", 200], // logged in November
  ["2025-05-30", "inter-korean-tension-persists", "STRONGLY_SUPPORTS", "A1", "NONE", 1],
  ["2025-06-12", "alliance-maintained", "SUPPORTS", "B2", "NONE", 4],
  ["2025-06-25", "kim-takes-his-time", "STRONGLY_SUPPORTS", "B1", "NONE", 90], // logged in September
  ["2025-07-08", "alliance-weakened", "STRONGLY_SUPPORTS", "B2", "NONE", 2],
  ["2025-07-27", "inter-korean-tension-persists", "CONTRADICTS", "C3", "NONE", 1],
  ["2025-08-14", "talks-resume", "SUPPORTS", "D2", "NONE", 3],
  ["2025-08-30", "alliance-weakened", "STRONGLY_SUPPORTS", "A2", "NONE", 1],
  ["2025-09-10", "no-substantial-results", "SUPPORTS", "B2", "NONE", 2],
  ["2025-09-22", "alliance-maintained", "STRONGLY_SUPPORTS", "A1", "NONE", 1],
  ["2025-10-15", "talks-resume", "STRONGLY_SUPPORTS", "A1", "NONE", 2],
  ["2025-10-30", "inter-korean-tension-persists", "STRONGLY_CONTRADICTS", "B2", "NONE", 1],
  ["2025-11-05", "arms-control-agenda", "SUPPORTS", "B1", "NONE", 30],
  ["2025-11-20", "kim-takes-his-time", "CONTRADICTS", "A2", "NONE", 1],
  ["2025-12-03", "talks-resume", "STRONGLY_SUPPORTS", "B1", "NONE", 1],
  ["2025-12-18", "inter-korean-tension-persists", "STRONGLY_CONTRADICTS", "A1", "NONE", 2],
  ["2025-12-28", "no-substantial-results", "STRONGLY_SUPPORTS", "A1", "NONE", 2],
];

describe.each(DATABASE_KINDS)("a year logged after the fact, on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const key = new Map<string, string>();
  const developmentDay = new Map<string, number>();

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    for (const e of await t.db.expectation.findMany({ select: { id: true, key: true } })) key.set(e.key, e.id);
    // In the order the team logged them, the minute job running after each.
    const order = YEAR.map(([day, k, stance, grade, decisive, delay]) => ({
      day,
      k,
      stance,
      grade,
      decisive,
      loggedAt: new Date(Date.parse(`${day}T09:00:00Z`) + delay * DAY),
    })).sort((a, b) => a.loggedAt.getTime() - b.loggedAt.getTime());
    expect(order.map((o) => o.day)).not.toEqual([...order.map((o) => o.day)].sort()); // out of order, really
    for (const o of order) {
      const { id } = await logDevelopment(
        t.db,
        actors.analyst,
        {
          occurredOn: o.day,
          datePrecision: "DAY",
          title: `${o.k} ${o.stance} ${o.day}`,
          summary: "",
          eventType: "STATEMENT",
          sources: [{ url: `https://example.org/${o.day}`, publisher: "Wire", reliability: o.grade[0], credibility: Number(o.grade[1]) }],
          links: [
            { expectationId: key.get(o.k), stance: o.stance, decisive: o.decisive, rationale: "Meets the criterion as written: a documented act, quoted." },
          ],
        },
        o.loggedAt,
      );
      developmentDay.set(id, dayOf(new Date(`${o.day}T00:00:00Z`)));
      await runEvaluation(t.db, { now: new Date(o.loggedAt.getTime() + 60_000), live: true, jobName: "evaluate" });
    }
    await setCoverage(
      t.db,
      actors.analyst,
      { surveyId: (await t.db.survey.findFirstOrThrow()).id, throughDay: "2026-01-31" },
      new Date("2026-02-05T09:00:00Z"),
    );
    await runEvaluation(t.db, { now: new Date("2026-02-05T09:01:00Z"), live: true, jobName: "evaluate" });
    await runEvaluation(t.db, { now: TODAY, live: true, jobName: "evaluate" });
    await runEvaluation(t.db, { now: TODAY, live: false, jobName: "backfill-series" });
  }, 300_000);
  afterAll(async () => t?.drop());

  it("dates every change by the development that tipped it, the deadline, or a neighbour's change", async () => {
    const rows = await t.db.statusChange.findMany({
      where: { supersededAt: null },
      include: { expectation: { select: { deadline: true, conditionId: true, questionGroup: true } } },
    });
    expect(rows.length).toBeGreaterThan(10);
    const days = new Set(rows.map((r) => r.validFrom.getTime()));
    for (const r of rows) {
      expect(r.mode).toBe("RULE");
      if (r.tippedById) expect(dateOf(developmentDay.get(r.tippedById)!), `${r.toStatus} tipped by`).toEqual(r.validFrom);
      else if (r.expectation.deadline?.getTime() !== r.validFrom.getTime()) expect(days.has(r.validFrom.getTime())).toBe(true);
    }
    const status = async (k: string) => (await t.db.expectation.findUniqueOrThrow({ where: { id: key.get(k) } })).status;
    expect(await status("us-reaches-out")).toBe("CONFIRMED"); // the decisive B2 letter
    expect(await status("alliance-weakened")).toBe("CONFIRMED");
    expect(await status("alliance-maintained")).toBe("RULED_OUT");
    expect(await status("kim-takes-his-time")).toBe("CONFIRMED"); // held to its deadline, coverage reached it
    expect((await t.db.statusChange.findFirstOrThrow({ where: { expectationId: key.get("kim-takes-his-time"), toStatus: "CONFIRMED" } })).validFrom).toEqual(
      new Date("2026-01-20T00:00:00Z"),
    );
  });

  it("on every month-end the dashboard, its 30-day counts and the history agree with a full replay", async () => {
    const facts = await loadFacts(t.db);
    const full = replay(facts, { until: dayOf(TODAY) });
    const ledger = await t.db.statusChange.findMany({ where: { supersededAt: null }, orderBy: [{ validFrom: "asc" }, { recordedAt: "asc" }] });
    for (const [id, changes] of full.changes) {
      expect(ledger.filter((r) => r.expectationId === id).map((r) => [r.validFrom.getTime(), r.fromStatus, r.toStatus])).toEqual(
        changes.map((c) => [dateOf(c.validFrom).getTime(), c.from, c.to]),
      );
    }
    const all = [...full.changes.values()].flat();
    for (let month = 0; month < 22; month++) {
      const end = new Date(Date.UTC(2025, month + 1, 0)); // the last day of each month, Jan 2025 .. Oct 2026
      const d = dayOf(end);
      const expected = replay(facts, { until: d }).final;
      const state = await dashboardState(t.db, actors.viewer, { day: d, knownThen: false });
      const label = end.toISOString().slice(0, 10);
      expect(state.expectations.map((e) => [label, e.key, e.status, e.netScore])).toEqual(
        state.expectations.map((e) => [label, e.key, expected.get(e.id)!.status, expected.get(e.id)!.net]),
      );
      expect([label, state.recent.month]).toEqual([label, all.filter((c) => c.validFrom > d - 30 && c.validFrom <= d).length]);
      expect([label, state.recent.week]).toEqual([label, all.filter((c) => c.validFrom > d - 7 && c.validFrom <= d).length]);
    }
  });

  it("re-running writes nothing, and replays of past days never change live status or history", async () => {
    const snapshot = async () => ({
      changes: await t.db.statusChange.findMany({ orderBy: { id: "asc" }, select: { id: true, supersededAt: true } }),
      series: await t.db.scoreSnapshot.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
      live: await t.db.expectation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, statusChangedAt: true } }),
      notifications: await t.db.notification.count(),
    });
    const before = await snapshot();
    await runEvaluation(t.db, { now: new Date(TODAY.getTime() + 60_000), live: true, jobName: "evaluate" });
    await runEvaluation(t.db, { now: new Date(TODAY.getTime() + 60_000), live: false, jobName: "backfill-series" });
    expect(await snapshot()).toEqual(before);
    for (const past of ["2025-06-30", "2025-10-31", "2026-01-19"]) {
      await runEvaluation(t.db, { now: new Date(`${past}T12:00:00Z`), live: false, jobName: "evaluate-daily" });
    }
    const after = await snapshot();
    expect({ ...after, series: after.series.length }).toEqual({ ...before, series: before.series.length });
  });
});
