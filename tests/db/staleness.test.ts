// Items pile up in "pending" unless staleness is tracked: open expectations with
// no new evidence for N days, and developments nobody linked, are flagged once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { logDevelopment } from "../../lib/developments/log-development";
import { flagStaleness } from "../../lib/judgement/flag-staleness";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

describe.each(DATABASE_KINDS)("staleness on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it("flags every open expectation after N quiet days, once per window, and unlinked developments once", async () => {
    const logged = new Date("2025-05-02T00:00:00Z");
    const { id: linked } = await logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-05-01",
        datePrecision: "DAY",
        title: "Linked",
        summary: "",
        eventType: "STATEMENT",
        sources: [{ url: "https://example.org/a", publisher: "Yonhap", reliability: "B", credibility: 2 }],
        links: [{ expectationId: (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id, stance: "SUPPORTS", rationale: "r" }],
      },
      logged,
    );
    const { id: lonely } = await logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-05-01",
        datePrecision: "DAY",
        title: "Nobody linked this",
        summary: "",
        eventType: "OTHER",
        sources: [{ url: "https://example.org/b", publisher: "KCNA", reliability: "E", credibility: 5 }],
      },
      logged,
    );

    // Logged on 2 May 2025 (the clock passed to logDevelopment). Right away: talks-resume has fresh evidence; the others have had none since the
    // survey; the unlinked development is not 7 days old yet.
    expect(await flagStaleness(t.db, { now: new Date(logged.getTime() + 1000), staleDays: 30, unlinkedDays: 7 })).toEqual({ stale: 7, unlinked: 0 });
    const talks = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    expect(await t.db.notification.count({ where: { kind: "STALE", expectationId: talks.id } })).toBe(0);

    const later = new Date(logged.getTime() + 40 * 24 * 3600 * 1000);
    const first = await flagStaleness(t.db, { now: later, staleDays: 30, unlinkedDays: 7 });
    expect(first.stale).toBe(8); // all eight expectations are open and quiet
    expect(first.unlinked).toBe(1);
    const unlinked = await t.db.notification.findMany({ where: { kind: "UNLINKED" } });
    expect(unlinked.map((n) => n.developmentId)).toEqual([lonely]);
    expect(unlinked.map((n) => n.developmentId)).not.toContain(linked);
    expect(unlinked[0]!.message).toBe("notifications.unlinkedMessage|days=7");

    const again = await flagStaleness(t.db, { now: new Date(later.getTime() + 24 * 3600 * 1000), staleDays: 30, unlinkedDays: 7 });
    expect(again).toEqual({ stale: 0, unlinked: 0 });
    const nextWindow = await flagStaleness(t.db, { now: new Date(later.getTime() + 31 * 24 * 3600 * 1000), staleDays: 30, unlinkedDays: 7 });
    expect(nextWindow).toEqual({ stale: 8, unlinked: 0 });
  });
});
