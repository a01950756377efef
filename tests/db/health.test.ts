// The health probe commits a write and reads the schedulers' heartbeats: a
// scheduler that ran and went silent makes the instance unhealthy; one that
// never ran (the dev server) does not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULER_STALE_MS, beat, probeHealth } from "../../lib/liveness/heartbeat";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

describe.each(DATABASE_KINDS)("health on $kind", ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => t?.drop());

  it("is healthy with writes committing and no scheduler yet, and records its write", async () => {
    const now = new Date("2025-07-01T12:00:00Z");
    expect(await probeHealth(t.db, now)).toEqual({ ok: true, database: "up", writes: "ok", scheduler: "absent" });
    expect((await t.db.heartbeat.findUniqueOrThrow({ where: { name: "health" } })).at).toEqual(now);
  });

  it("turns unhealthy when the scheduler stops beating, and healthy again when it resumes", async () => {
    const beatAt = new Date("2025-07-01T12:00:00Z");
    await beat(t.db, "scheduler:a", beatAt);
    const soon = new Date(beatAt.getTime() + 60_000);
    expect(await probeHealth(t.db, soon)).toMatchObject({ ok: true, scheduler: "up", schedulerSeenAt: beatAt.toISOString() });
    const late = new Date(beatAt.getTime() + SCHEDULER_STALE_MS + 1000);
    expect(await probeHealth(t.db, late)).toMatchObject({ ok: false, writes: "ok", scheduler: "stale" });
    await beat(t.db, "scheduler:b", late); // another instance, or the same one back
    expect(await probeHealth(t.db, late)).toMatchObject({ ok: true, scheduler: "up" });
  });
});
