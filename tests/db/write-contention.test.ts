// Writers that meet each other wait instead of failing: on SQLite another
// process holding the write lock, on PostgreSQL serialization failures. Each
// case failed before lib/db/ (docs/decisions/0020-sqlite-write-path.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { createDb, type Db } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const development = (i: number, expectationId: string) => ({
  occurredOn: "2025-06-30",
  datePrecision: "DAY",
  title: `Contended development ${i}`,
  summary: "Logged while another process writes.",
  eventType: "TALKS_MEETINGS",
  actors: ["North Korea"],
  tags: [`contention-${i % 3}`],
  sources: [{ citation: `Wire report ${i}`, publisher: "Yonhap", reliability: "B", credibility: 2 }],
  links: [{ expectationId, stance: "SUPPORTS", rationale: "Bears on it." }],
});

describe("SQLite writers", () => {
  let t: TestDatabase;
  let other: Db; // a second connection: another process on the same file
  let actors: TestActors;
  let expectationId: string;

  beforeAll(async () => {
    t = await createSqliteDatabase();
    other = createDb(t.url);
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    expectationId = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id;
  });
  afterAll(async () => {
    await other?.$disconnect();
    await t?.drop();
  });

  it("wait for another process's open write transaction, then all commit", async () => {
    const holder = other.$transaction(async (tx) => {
      await tx.heartbeat.create({ data: { name: "holder", at: now } });
      await sleep(1500); // holds the write lock, as a long job transaction would
    });
    await sleep(100);
    const saves = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => logDevelopment(t.db, actors.analyst, development(i, expectationId), now)));
    await holder;
    expect(saves.filter((s) => s.status === "rejected")).toEqual([]);
    expect(await t.db.development.count({ where: { title: { startsWith: "Contended development" } } })).toBe(10);
    expect(await t.db.heartbeat.count({ where: { name: "holder" } })).toBe(1);
  });

  it("keep a single write out of another request's open transaction, which may roll back", async () => {
    const doomed = t.db
      .$transaction(async (tx) => {
        await tx.heartbeat.create({ data: { name: "rolled-back", at: now } });
        await sleep(300);
        throw new Error("the request failed validation late");
      })
      .catch((error: Error) => error.message);
    await sleep(50);
    await t.db.heartbeat.create({ data: { name: "acknowledged", at: now } }); // another request, same connection
    expect(await doomed).toBe("the request failed validation late");
    const names = (await other.heartbeat.findMany({ select: { name: true } })).map((h) => h.name);
    expect(names).toContain("acknowledged");
    expect(names).not.toContain("rolled-back");
  });
});

describe("PostgreSQL serializable transactions", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createPostgresDatabase();
  });
  afterAll(async () => t?.drop());

  it("that conflict are retried until each has applied once", async () => {
    const start = new Date("2025-01-01T00:00:00Z");
    await t.db.heartbeat.create({ data: { name: "counter", at: start } });
    const increment = () =>
      t.db.$transaction(
        async (tx) => {
          const row = await tx.heartbeat.findUniqueOrThrow({ where: { name: "counter" } });
          await sleep(20); // let the others read the same value
          await tx.heartbeat.update({ where: { name: "counter" }, data: { at: new Date(row.at.getTime() + 1000) } });
        },
        { isolationLevel: "Serializable" },
      );
    const results = await Promise.allSettled(Array.from({ length: 6 }, increment));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const row = await t.db.heartbeat.findUniqueOrThrow({ where: { name: "counter" } });
    expect(row.at.getTime() - start.getTime()).toBe(6000);
  });
});
