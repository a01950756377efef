// The team's own forecasts (docs/decisions/0096), on SQLite and PostgreSQL:
// two analysts forecast, one updates hers, the expectation resolves, and the
// dashboard's scorecard puts the team's Brier beside the panel's with n. A
// viewer cannot forecast; bad input is refused field by field and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Actor } from "../../lib/auth/actor";
import { dashboardState } from "../../lib/dashboard/dashboard-state";
import type { Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { listForecasts } from "../../lib/forecasts/list-forecasts";
import { recordForecast } from "../../lib/forecasts/record-forecast";
import { removeForecast } from "../../lib/forecasts/remove-forecast";
import { dayOf } from "../../lib/judgement/rule";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { createUser } from "../../lib/users/create-user";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const TODAY = new Date("2026-11-29T10:00:00Z");
const on = (day: string) => new Date(`${day}T09:00:00Z`);

async function written(db: Db) {
  const [forecasts, audit] = await Promise.all([db.teamForecast.count(), db.auditLog.count()]);
  return { forecasts, audit };
}

describe.each(DATABASE_KINDS)("team forecasts on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let bea: Actor;
  let tension: string;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    const { id } = await createUser(t.db, actors.admin, { name: "Bea Analyst", email: "bea@example.test", password: "bea-password-1", role: "analyst" });
    bea = { userId: id, name: "Bea Analyst", email: "bea@example.test", role: "analyst" };
    // "Inter-Korean tension persists": the panel said 60%.
    tension = (await t.db.expectation.findFirstOrThrow({ where: { key: "inter-korean-tension-persists" } })).id;
  });
  afterAll(async () => t?.drop());

  it("refuses a viewer and a stranger, and writes nothing", async () => {
    const before = await written(t.db);
    const input = { probability: "30", madeOn: "2025-03-01", reason: "Looks unlikely to me" };
    await expect(recordForecast(t.db, actors.viewer, tension, input, on("2025-03-01"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordForecast(t.db, null, tension, input, on("2025-03-01"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await written(t.db)).toEqual(before);
  });

  it.each([
    ["a probability of 150", { probability: "150", madeOn: "2025-03-01", reason: "Very sure" }, "probability", "forecasts.errors.probability"],
    ["a probability of -1", { probability: "-1", madeOn: "2025-03-01", reason: "Very sure" }, "probability", "forecasts.errors.probability"],
    ["a fraction", { probability: "40.5", madeOn: "2025-03-01", reason: "Very sure" }, "probability", "forecasts.errors.probability"],
    ["no reason", { probability: "40", madeOn: "2025-03-01", reason: "  " }, "reason", "forecasts.errors.reason"],
    ["a missing reason", { probability: "40", madeOn: "2025-03-01" }, "reason", "forecasts.errors.reason"],
    ["a day after today", { probability: "40", madeOn: "2025-03-02", reason: "Tomorrow's view" }, "madeOn", "forecasts.errors.future"],
  ])("refuses %s with a message on that field and writes nothing", async (_label, input, field, message) => {
    const before = await written(t.db);
    const error = (await recordForecast(t.db, actors.analyst, tension, input, on("2025-03-01")).catch((e: unknown) => e)) as {
      code: string;
      fieldErrors: Record<string, string[]>;
    };
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ [field]: [message] });
    expect(await written(t.db)).toEqual(before);
  });

  it("keeps every forecast, and scores each analyst's latest one made before the resolution beside the panel", async () => {
    await recordForecast(t.db, actors.analyst, tension, { probability: "40", madeOn: "2025-03-01", reason: "Talks may thaw things" }, on("2025-03-01"));
    await recordForecast(t.db, bea, tension, { probability: "50", madeOn: "2025-05-01", reason: "Could go either way" }, on("2025-05-01"));
    // Ana updates hers: a new row; the first one stays.
    await recordForecast(t.db, actors.analyst, tension, { probability: "20", madeOn: "2025-06-01", reason: "Seoul's outreach is working" }, on("2025-06-01"));
    const { team, forecasts } = await listForecasts(t.db, actors.viewer, tension);
    expect(forecasts.map((f) => [f.author, f.probability, f.latest])).toEqual([
      ["Ana Analyst", 20, true],
      ["Bea Analyst", 50, true],
      ["Ana Analyst", 40, false],
    ]);
    expect(team).toEqual({ probability: 0.35, forecasters: 2 });

    // 10 Sep 2025: a decisive A1 report of a breach: tension did not persist.
    await logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-09-10",
        datePrecision: "DAY",
        title: "Both Koreas restore the military hotline and sign a tension-reduction accord",
        summary: "",
        eventType: "TALKS_MEETINGS",
        sources: [{ url: "https://example.org/accord", publisher: "Yonhap", reliability: "A", credibility: 1 }],
        links: [
          {
            expectationId: tension,
            stance: "STRONGLY_CONTRADICTS",
            rationale: "Meets the contradicting criterion: a signed accord that lowers inter-Korean tension.",
            decisive: "MEETS_CONTRADICTING",
          },
        ],
      },
      on("2025-09-11"),
    );
    // A forecast after the fact is kept but does not count.
    await recordForecast(t.db, bea, tension, { probability: "5", madeOn: "2025-10-01", reason: "The accord settles it" }, on("2025-10-01"));
    await runEvaluation(t.db, { now: TODAY, live: true, jobName: "evaluate" });
    expect((await t.db.expectation.findUniqueOrThrow({ where: { id: tension } })).status).toBe("CONTRADICTED");

    const state = await dashboardState(t.db, actors.viewer, { day: dayOf(TODAY), knownThen: false });
    // Panel: (0.6 - 0)^2 = 0.36. Team: mean(0.20, 0.50) = 0.35, (0.35 - 0)^2 = 0.1225.
    expect(state.team).toMatchObject({ n: 1, team: 0.1225, panel: 0.36, verdict: "team", tooFew: true });
    expect(state.team.questions).toEqual([{ key: `expectation:${tension}`, team: 0.1225, panel: 0.36, forecasters: 2, resolvedOn: "2025-09-10" }]);
    expect(state.score.overall).toMatchObject({ n: 1, brier: 0.36 });

    // As of a day before Bea's first forecast was recorded, only Ana's counts (and the question had not resolved yet).
    const earlier = await dashboardState(t.db, actors.viewer, { day: dayOf(on("2025-04-01")), knownThen: false });
    expect(earlier.team).toMatchObject({ n: 0, team: null, verdict: "none" });
  });

  it("removes a forecast softly, by its author only, and the team's probability follows", async () => {
    const mine = await t.db.teamForecast.findFirstOrThrow({ where: { userId: bea.userId, probability: 5 } });
    await expect(removeForecast(t.db, actors.analyst, mine.id, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeForecast(t.db, bea, mine.id, TODAY);
    const row = await t.db.teamForecast.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.deletedAt).toEqual(TODAY);
    expect(row.deletedById).toBe(bea.userId);
    expect((await listForecasts(t.db, actors.viewer, tension)).team).toEqual({ probability: 0.35, forecasters: 2 });
    const audit = await t.db.auditLog.findMany({ where: { entityType: "TeamForecast" }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["forecast.record", "forecast.record", "forecast.record", "forecast.record", "forecast.remove"]);
  });
});
