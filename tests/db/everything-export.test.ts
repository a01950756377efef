// The full download (lib/export/everything-export.ts) on SQLite and
// PostgreSQL: every row of every table it carries, credentials never, walked
// in small batches (each chunk of the stream holds at most one batch), and
// only for an admin's session: a viewer 403, no session 401, and an API token
// counts for nothing here (the route reads the session only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { createApiToken } from "../../lib/api-tokens/manage-tokens";
import { logDevelopment } from "../../lib/developments/log-development";
import { deleteDevelopment } from "../../lib/developments/delete-development";
import { overrideStatus } from "../../lib/judgement/override-status";
import { everythingJsonStream, everythingTables, EVERYTHING_FORMAT } from "../../lib/export/everything-export";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const route = vi.hoisted(() => ({ db: undefined as unknown, actor: null as unknown }));
vi.mock("../../lib/db", () => ({ getDb: () => route.db }));
vi.mock("../../lib/web/auth/session", () => ({ actorFromHeaders: async () => route.actor }));

import { GET as getEverything } from "../../app/api/export/everything.json/route";

async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) out.push(decoder.decode(chunk));
  return out;
}

describe.each(DATABASE_KINDS)("the full download on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const now = new Date("2025-07-01T12:00:00Z");

  beforeAll(async () => {
    t = await create();
    route.db = t.db;
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    const talks = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    for (let i = 1; i <= 5; i++) {
      await logDevelopment(
        t.db,
        actors.analyst,
        {
          occurredOn: `2025-05-0${i}`,
          datePrecision: "DAY",
          title: `회담 ${i}`,
          summary: "",
          eventType: "TALKS_MEETINGS",
          actors: ["United States", "North Korea"],
          tags: ["talks"],
          sources: [{ url: `https://example.org/${i}`, publisher: "Reuters", reliability: "A", credibility: 1 }],
          links: [{ expectationId: talks.id, stance: "SUPPORTS", rationale: `Reason ${i}` }],
        },
        now,
      );
    }
    await deleteDevelopment(t.db, actors.admin, (await t.db.development.findFirstOrThrow({ where: { title: "회담 5" } })).id, now);
    await overrideStatus(t.db, actors.analyst, talks.id, { status: "CONFIRMED", reason: "Talks resumed" }, new Date("2025-06-10T09:00:00Z"));
    await createApiToken(t.db, actors.viewer, { name: "Reader", expiresInDays: 30 }, now);
  });
  afterAll(async () => t?.drop());

  it("carries every row of every table, removed developments too, and no credentials", async () => {
    route.actor = actors.admin;
    const response = await getEverything(new Request("http://localhost/api/export/everything.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="tracker-everything-\d{4}-\d{2}-\d{2}\.json"/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.format).toBe(EVERYTHING_FORMAT);
    const counts = {
      people: await t.db.user.count(),
      surveys: await t.db.survey.count(),
      expectations: await t.db.expectation.count(),
      expectationReasons: await t.db.expectationReason.count(),
      developments: await t.db.development.count(),
      sources: await t.db.source.count(),
      evidenceLinks: await t.db.evidenceLink.count(),
      statusChanges: await t.db.statusChange.count(),
      auditLog: await t.db.auditLog.count(),
    };
    for (const [table, n] of Object.entries(counts)) expect((file[table] as unknown[]).length, table).toBe(n);
    expect(counts.developments).toBe(5);
    expect(counts.statusChanges).toBeGreaterThan(0);
    const expectations = file.expectations as { key: string; statement: string; statementKo: string | null }[];
    expect(expectations.find((e) => e.key === "talks-resume")?.statementKo).toContain("북미 협상");
    const developments = file.developments as { title: string; deletedAt: string | null; actorIds: string[] }[];
    expect(developments.find((d) => d.title === "회담 5")?.deletedAt).toBe(now.toISOString());
    expect(developments[0]!.actorIds).toHaveLength(2);
    // No password hashes, sessions or token hashes: those tables are not in the file, and people carry no secrets.
    expect(Object.keys(file)).not.toEqual(expect.arrayContaining(["sessions"]));
    expect(Object.keys((file.people as object[])[0]!).sort()).toEqual(["banned", "createdAt", "email", "id", "locale", "name", "role"]);
    const hashes = await t.db.apiToken.findMany({ select: { tokenHash: true } });
    for (const { tokenHash } of hashes) expect(text).not.toContain(tokenHash);
    const passwords = await t.db.account.findMany({ select: { password: true } });
    for (const { password } of passwords) if (password) expect(text).not.toContain(password);
  });

  it("is walked in batches: with a batch of 2, no chunk carries more than 2 rows, and the file is the same", async () => {
    const small = await chunksOf(await everythingJsonStream(t.db, actors.admin, now, 2));
    const large = await chunksOf(await everythingJsonStream(t.db, actors.admin, now, 10_000));
    expect(small.join("")).toBe(large.join(""));
    const rowChunks = small.filter((c) => c.startsWith("\n{") || c.startsWith(",\n{"));
    expect(rowChunks.length).toBeGreaterThan(20);
    for (const c of rowChunks) expect(c.split("\n").filter((l) => l.startsWith("{")).length).toBeLessThanOrEqual(2);
    expect(everythingTables(t.db).map(([name]) => name)).toContain("auditLog");
  });

  it("refuses everyone but an admin's session", async () => {
    route.actor = actors.viewer;
    const viewer = await getEverything(new Request("http://localhost/api/export/everything.json"));
    expect(viewer.status).toBe(403);
    route.actor = actors.analyst;
    expect((await getEverything(new Request("http://localhost/api/export/everything.json"))).status).toBe(403);
    // A token is no session: without one the answer is 401, whoever owns the token.
    route.actor = null;
    const { secret } = await createApiToken(t.db, actors.admin, { name: "Admin's", expiresInDays: 30 }, now);
    const withToken = await getEverything(new Request("http://localhost/api/export/everything.json", { headers: { authorization: `Bearer ${secret}` } }));
    expect(withToken.status).toBe(401);
    await expect(everythingJsonStream(t.db, null, now)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
