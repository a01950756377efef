// The read API's route handlers (app/api/v1) on SQLite and PostgreSQL, called
// as Next calls them with the test's database swapped in: the token in the
// Authorization header is the only credential; a missing, unknown, revoked or
// expired one gets 401 with a JSON error before any query runs; query strings
// are strict (400 naming the parameter); developments come in keyset pages
// with a capped size; everything reads as of the day asked for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/manage-tokens";
import { logDevelopment } from "../../lib/developments/log-development";
import { deleteDevelopment } from "../../lib/developments/delete-development";
import { overrideStatus } from "../../lib/judgement/override-status";
import { DevelopmentsResponse, ExpectationsResponse, ScorecardResponse, ErrorResponse, MAX_PAGE_SIZE } from "../../lib/read-api/schemas";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("../../lib/db", () => ({ getDb: () => route.db }));
// A session cookie must count for nothing here: a signed-in admin's session is what the mock would give.
vi.mock("../../lib/web/auth/session", () => ({ actorFromHeaders: async () => ({ userId: "x", name: "x", email: "x", role: "admin" }) }));

import { GET as getExpectations } from "../../app/api/v1/expectations/route";
import { GET as getDevelopments } from "../../app/api/v1/developments/route";
import { GET as getScorecard } from "../../app/api/v1/scorecard/route";

const call = (handler: (r: Request) => Promise<Response>, path: string, token?: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } }));

describe.each(DATABASE_KINDS)("read API on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let secret: string;
  const now = new Date();

  beforeAll(async () => {
    t = await create();
    route.db = t.db;
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    secret = (await createApiToken(t.db, actors.viewer, { name: "Reader", expiresInDays: 30 }, now)).secret;
    const talks = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    for (let i = 1; i <= 7; i++) {
      await logDevelopment(
        t.db,
        actors.analyst,
        {
          occurredOn: `2025-0${i < 4 ? 3 : 5}-0${i}`,
          datePrecision: "DAY",
          title: `Development ${i}`,
          summary: "",
          eventType: "TALKS_MEETINGS",
          actors: ["United States"],
          tags: [],
          sources: [{ url: `https://example.org/${i}`, publisher: "Reuters", reliability: "A", credibility: 1 }],
          links: [{ expectationId: talks.id, stance: "SUPPORTS", rationale: `Reason ${i}` }],
        },
        new Date("2025-06-01T00:00:00Z"),
      );
    }
    const gone = await t.db.development.findFirstOrThrow({ where: { title: "Development 7" } });
    await deleteDevelopment(t.db, actors.admin, gone.id, new Date("2025-06-02T00:00:00Z"));
    await overrideStatus(t.db, actors.analyst, talks.id, { status: "CONFIRMED", reason: "Talks resumed in Panmunjom" }, new Date("2025-06-10T09:00:00Z"));
    // One the scorecard can score: a share, a question of its own, no condition.
    const scored = await t.db.expectation.findFirstOrThrow({ where: { panelShare: { not: null }, questionGroup: null, conditionId: null } });
    await overrideStatus(t.db, actors.analyst, scored.id, { status: "CONTRADICTED", reason: "It did not happen" }, new Date("2025-06-11T09:00:00Z"));
  });
  afterAll(async () => t?.drop());

  it("answers 401 with a JSON error to no token, an unknown one, a cookie alone, and a revoked or expired one", async () => {
    const expectUnauthorised = async (r: Response) => {
      expect(r.status).toBe(401);
      expect(r.headers.get("www-authenticate")).toContain("Bearer");
      expect(ErrorResponse.parse(await r.json()).error.code).toBe("UNAUTHENTICATED");
    };
    await expectUnauthorised(await call(getExpectations, "/api/v1/expectations"));
    await expectUnauthorised(await call(getExpectations, "/api/v1/expectations", secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A")));
    await expectUnauthorised(await call(getScorecard, "/api/v1/scorecard", undefined, { cookie: "better-auth.session_token=abc" }));

    const revoked = await createApiToken(t.db, actors.analyst, { name: "Gone", expiresInDays: 5 }, now);
    expect((await call(getScorecard, "/api/v1/scorecard", revoked.secret)).status).toBe(200);
    await revokeApiToken(t.db, actors.analyst, revoked.id, now);
    await expectUnauthorised(await call(getScorecard, "/api/v1/scorecard", revoked.secret));

    const expired = await createApiToken(t.db, actors.analyst, { name: "Old", expiresInDays: 1 }, new Date(now.getTime() - 2 * 86_400_000));
    await expectUnauthorised(await call(getDevelopments, "/api/v1/developments", expired.secret));
    // A Korean reader gets the message in Korean; the code stays the same.
    const ko = await call(getExpectations, "/api/v1/expectations", undefined, { "accept-language": "ko-KR" });
    expect((await ko.json()).error.message).toContain("토큰");
  });

  it("checks the token before the query: a bad query without a token is still 401", async () => {
    expect((await call(getExpectations, "/api/v1/expectations?nope=1")).status).toBe(401);
  });

  it("refuses unknown, repeated, invalid and future query parameters with 400 naming them", async () => {
    const refused = async (path: string, handler = getExpectations) => {
      const r = await call(handler, path, secret);
      expect(r.status, path).toBe(400);
      const body = ErrorResponse.parse(await r.json());
      expect(body.error.code).toBe("BAD_REQUEST");
      return body.error.param;
    };
    expect(await refused("/api/v1/expectations?asof=2025-06-01")).toBe("asof");
    expect(await refused("/api/v1/expectations?asOf=2025-06-01&asOf=2025-06-02")).toBe("asOf");
    expect(await refused("/api/v1/expectations?asOf=2025-02-30")).toBe("asOf");
    expect(await refused("/api/v1/scorecard?asOf=2999-01-01", getScorecard)).toBe("asOf");
    expect(await refused("/api/v1/developments?limit=0x10", getDevelopments)).toBe("limit");
    expect(await refused(`/api/v1/developments?limit=${MAX_PAGE_SIZE + 1}`, getDevelopments)).toBe("limit");
    expect(await refused("/api/v1/developments?cursor=a%20b", getDevelopments)).toBe("cursor");
    expect(await refused("/api/v1/developments?__proto__=1", getDevelopments)).toBe("__proto__");
  });

  it("reads expectations as of a past day, with the history valid then, and the scorecard with them", async () => {
    const read = async (day?: string) => {
      const r = await call(getExpectations, `/api/v1/expectations${day ? `?asOf=${day}` : ""}`, secret);
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control")).toContain("no-store");
      return ExpectationsResponse.parse(await r.json());
    };
    const before = (await read("2025-06-01")).expectations.find((e) => e.key === "talks-resume")!;
    const after = (await read("2025-06-30")).expectations.find((e) => e.key === "talks-resume")!;
    expect(before.history).toEqual([]);
    expect(after.status).toBe("CONFIRMED");
    expect(after.history).toEqual([expect.objectContaining({ to: "CONFIRMED", mode: "OVERRIDE", validFrom: "2025-06-10T09:00:00.000Z" })]);

    const card = ScorecardResponse.parse(await (await call(getScorecard, "/api/v1/scorecard?asOf=2025-06-30", secret)).json());
    const cardBefore = ScorecardResponse.parse(await (await call(getScorecard, "/api/v1/scorecard?asOf=2025-06-01", secret)).json());
    expect(card.asOf).toBe("2025-06-30");
    expect(card.overall.n).toBe(cardBefore.overall.n + 1);
    // Without asOf: today; an empty one is refused.
    expect((await call(getExpectations, "/api/v1/expectations?asOf=", secret)).status).toBe(400);
    expect((await read()).asOf).toBe(now.toISOString().slice(0, 10));
  });

  it("pages developments by keyset, newest first, each once, with sources and links, as of a day", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await call(getDevelopments, `/api/v1/developments?limit=2${cursor ? `&cursor=${cursor}` : ""}`, secret);
      expect(r.status).toBe(200);
      const page = DevelopmentsResponse.parse(await r.json());
      expect(page.developments.length).toBeLessThanOrEqual(2);
      seen.push(...page.developments.map((d) => d.title));
      for (const d of page.developments) {
        expect(d.sources).toEqual([expect.objectContaining({ publisher: "Reuters", reliability: "A", credibility: 1 })]);
        expect(d.links).toEqual([expect.objectContaining({ expectationKey: "talks-resume", stance: "SUPPORTS" })]);
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    // Development 7 was removed; the rest newest first, each once.
    expect(seen).toEqual(["Development 6", "Development 5", "Development 4", "Development 3", "Development 2", "Development 1"]);
    expect(pages).toBe(3);

    const march = DevelopmentsResponse.parse(await (await call(getDevelopments, "/api/v1/developments?asOf=2025-03-31", secret)).json());
    expect(march.developments.map((d) => d.title)).toEqual(["Development 3", "Development 2", "Development 1"]);
    expect(march.nextCursor).toBeNull();
  });

  it("writes the token's last use at most once an hour", async () => {
    const { id, secret: s } = await createApiToken(t.db, actors.viewer, { name: "Usage", expiresInDays: 30 }, now);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await call(getScorecard, "/api/v1/scorecard", s);
    const first = (await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await call(getScorecard, "/api/v1/scorecard", s);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
  });
});
