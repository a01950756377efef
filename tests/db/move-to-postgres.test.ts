// npm run db:move-to-postgres: a SQLite instance with a bit of everything
// (accounts, a generated record with removals and overrides, the history,
// snapshots, notifications and audit rows of a live evaluation) moves into an
// empty PostgreSQL database with every table's count and checksum equal; the
// app then reads the same things there, and an evaluation finds nothing to
// change. A target that already holds rows is refused and left as it was.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRecord, RECORD_NOW } from "../../bench/lib/generate-record";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { copySqliteToPostgres, MoveRefused } from "../../scripts/lib/copy-sqlite-to-postgres";
import { createTestActors } from "../support/actors";
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "../support/test-databases";

describe("moving a SQLite instance into PostgreSQL", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await createSqliteDatabase();
    target = await createPostgresDatabase();
    await createTestActors(source.db);
    await generateRecord(source.db, source.url, { links: 600, expectations: 20 });
    await runEvaluation(source.db, { now: RECORD_NOW, live: true, jobName: "evaluate" });
  }, 300_000);
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it("copies every table with equal counts and checksums, and the app reads the same record there", async () => {
    const reports = await copySqliteToPostgres(source.url, target.url);
    const tables = reports.map((r) => r.table);
    for (const t of [
      "user",
      "account",
      "Expectation",
      "Development",
      "Source",
      "EvidenceLink",
      "StatusChange",
      "ScoreSnapshot",
      "AuditLog",
      "EvaluationCheckpoint",
    ])
      expect(tables).toContain(t);
    expect(reports.find((r) => r.table === "EvidenceLink")!.rows).toBe(600);

    // What users see, read through the app's own client on each side.
    const read = (t: TestDatabase) =>
      Promise.all([
        t.db.expectation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, statusChangedAt: true, deadline: true, judgedDigest: true } }),
        t.db.development.findMany({ orderBy: { id: "asc" }, select: { id: true, occurredOn: true, createdAt: true, deletedAt: true } }),
        t.db.scoreSnapshot.findMany({
          orderBy: [{ expectationId: "asc" }, { day: "asc" }],
          select: { expectationId: true, day: true, netScore: true, status: true },
        }),
        t.db.user.findMany({ orderBy: { id: "asc" }, select: { email: true, emailVerified: true, banned: true, role: true } }),
      ]);
    expect(await read(target)).toEqual(await read(source));

    // The judgement is the same there: a full re-judgement finds nothing to write.
    const again = await runEvaluation(target.db, { now: RECORD_NOW, live: true, full: true, jobName: "evaluate" });
    expect(again).toMatchObject({ changed: 0, snapshots: 0 });
  }, 300_000);

  it("refuses a target that already holds rows, and leaves it as it was", async () => {
    const before = await target.db.development.count();
    await expect(copySqliteToPostgres(source.url, target.url)).rejects.toBeInstanceOf(MoveRefused);
    expect(await target.db.development.count()).toBe(before);
    // The command says so and exits non-zero.
    let failed: { status: number; stderr: string } | null = null;
    try {
      execFileSync("npx", ["tsx", "scripts/move-to-postgres.ts", "--from", source.url, "--to", target.url], { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(3);
    expect(failed?.stderr).toMatch(/not empty/);
  }, 120_000);
});
