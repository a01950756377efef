// A write whose transaction is still open while an evaluation runs must be
// judged by the next run (issue 11's race, on PostgreSQL, where a commit can
// land with an earlier timestamp than the run that missed it). An incremental
// run re-judges what was written since its checkpoint less a margin longer
// than a write can stay open (docs/decisions/0050), so the next run still
// sees a commit stamped before the checkpoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { createPostgresDatabase, type TestDatabase } from "../support/test-databases";

describe("an evaluation racing an open write, on PostgreSQL", () => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await createPostgresDatabase();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it("judges the evidence of a transaction that committed after a run had read", async () => {
    const talks = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    const loggedAt = new Date("2026-11-29T09:00:00Z");
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const inserted = new Promise<void>((resolve) => (written = resolve));
    // Two A1 "strongly supports" written in one transaction held open.
    const write = t.db.$transaction(
      async (tx) => {
        for (const day of ["2025-06-01", "2025-06-15"]) {
          await tx.development.create({
            data: {
              occurredOn: new Date(`${day}T00:00:00Z`),
              title: `Talks ${day}`,
              summary: "",
              eventType: "TALKS_MEETINGS",
              createdById: actors.analyst.userId,
              createdAt: loggedAt,
              sources: { create: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: "A", credibility: 1 }] },
              evidenceLinks: {
                create: [
                  { expectationId: talks.id, stance: "STRONGLY_SUPPORTS", rationale: "Held open.", createdById: actors.analyst.userId, createdAt: loggedAt },
                ],
              },
            },
          });
        }
        written();
        await held;
      },
      { timeout: 30_000 },
    );
    await inserted;
    const during = await runEvaluation(t.db, { now: new Date("2026-11-29T09:01:00Z"), live: true, jobName: "evaluate" });
    expect(during.changed).toBe(0); // the run could not see the open transaction
    commit();
    await write;
    await runEvaluation(t.db, { now: new Date("2026-11-29T09:02:00Z"), live: true, jobName: "evaluate" });
    const after = await t.db.expectation.findUniqueOrThrow({ where: { id: talks.id } });
    expect(after.status).toBe("CONFIRMED");
  });
});
