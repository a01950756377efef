// Results kept until the record changes (lib/judgement/record-memo.ts): a second
// read computes nothing, a new development or a removed source computes again,
// and a failed computation is not kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { logDevelopment } from "../../lib/developments/log-development";
import { memoOnRecord } from "../../lib/judgement/record-memo";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

describe.each(DATABASE_KINDS)("results kept until the record changes, on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let talks: string;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    talks = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id;
  });
  afterAll(async () => t?.drop());

  const logOne = (title: string) =>
    logDevelopment(
      t.db,
      actors.analyst,
      {
        occurredOn: "2025-06-01",
        datePrecision: "DAY",
        title,
        summary: "",
        eventType: "TALKS_MEETINGS",
        sources: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: "B", credibility: 2 }],
        links: [{ expectationId: talks, stance: "SUPPORTS", rationale: "Bears on it." }],
      },
      new Date(),
    );

  it("computes once while nothing is written, and again after each write", async () => {
    let computed = 0;
    const read = () => memoOnRecord(t.db, "count", async () => (++computed, t.db.development.count({ where: { deletedAt: null } })));
    expect(await read()).toBe(0);
    expect(await read()).toBe(0);
    expect(computed).toBe(1);

    const { id } = await logOne("First");
    expect(await read()).toBe(1);
    expect(computed).toBe(2);
    expect(await read()).toBe(1);
    expect(computed).toBe(2);

    const source = await t.db.source.findFirstOrThrow({ where: { developmentId: id } });
    await t.db.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    await read();
    expect(computed).toBe(3);
  });

  it("keeps no failure: the next read computes again", async () => {
    let tries = 0;
    const failing = () =>
      memoOnRecord(t.db, "failing", async () => {
        tries++;
        throw new Error("no");
      });
    await expect(failing()).rejects.toThrow("no");
    await expect(failing()).rejects.toThrow("no");
    expect(tries).toBe(2);
  });
});
