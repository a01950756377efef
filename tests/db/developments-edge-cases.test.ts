// Cases found by the benchmark and review: wildcard characters in search, bad
// dates in the URL, and two analysts writing the same new thing at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { listDevelopments } from "../../lib/developments/list-developments";
import { parseDevelopmentFilters } from "../../lib/developments/list-filters";
import { logDevelopment } from "../../lib/developments/log-development";
import { addEvidenceLink } from "../../lib/evidence/link-evidence";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");
const development = (title: string, actors: string[]) => ({
  occurredOn: "2025-06-01",
  datePrecision: "DAY",
  title,
  summary: "",
  eventType: "STATEMENT",
  actors,
  tags: [],
  sources: [{ url: "https://example.org/a", publisher: "Yonhap", reliability: "B", credibility: 2 }],
});

describe.each(DATABASE_KINDS)("edge cases on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    await logDevelopment(t.db, actors.analyst, development("Talks at 100% capacity", []), now);
    await logDevelopment(t.db, actors.analyst, development("Quiet week", []), now);
  });
  afterAll(async () => t?.drop());

  it("treats % and _ in a search as text, not as wildcards", async () => {
    const titles = async (q: string) => (await listDevelopments(t.db, actors.viewer, { q })).items.map((i) => i.title);
    expect(await titles("_")).toEqual(["Talks at 100% capacity", "Quiet week"].filter((x) => x.includes("_")));
    expect(await titles("100%")).toEqual(["Talks at 100% capacity"]);
  });

  it("drops an impossible date in the URL instead of failing the page", async () => {
    const { filters, ignored } = parseDevelopmentFilters({ from: "2025-13-45", to: "2025-02-30", eventType: "STATEMENT" });
    expect(ignored.sort()).toEqual(["from", "to"]);
    expect((await listDevelopments(t.db, actors.viewer, filters)).items).toHaveLength(2);
  });

  it("lets two analysts add the same new actor at the same moment", async () => {
    const results = await Promise.allSettled([1, 2, 3].map((i) => logDevelopment(t.db, actors.analyst, development(`Concurrent ${i}`, ["Fresh Actor"]), now)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await t.db.actor.count({ where: { name: "Fresh Actor" } })).toBe(1);
  });

  it("answers CONFLICT, not a database error, when the same link is added twice at once", async () => {
    const { id } = await logDevelopment(t.db, actors.analyst, development("Linked twice", []), now);
    const expectation = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    const add = () =>
      addEvidenceLink(t.db, actors.analyst, { developmentId: id, expectationId: expectation.id, stance: "SUPPORTS", rationale: "Same link, twice." });
    const results = await Promise.allSettled([add(), add(), add()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await t.db.evidenceLink.count({ where: { developmentId: id } })).toBe(1);
  });
});
