// The developments list: newest first, every filter, search in English and
// Korean, keyset pages. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { deleteDevelopment } from "../../lib/developments/delete-development";
import { listDevelopments } from "../../lib/developments/list-developments";
import type { DevelopmentFilters } from "../../lib/developments/list-filters";
import { logDevelopment } from "../../lib/developments/log-development";
import { updateDevelopment } from "../../lib/developments/update-development";
import { addEvidenceLink, removeEvidenceLink } from "../../lib/evidence/link-evidence";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");

type Grade = `${"A" | "B" | "C" | "D" | "E" | "F"}${1 | 2 | 3 | 4 | 5 | 6}`;
type Fixture = {
  title: string;
  occurredOn: string;
  eventType: string;
  actors: string[];
  tags: string[];
  grades: Grade[];
  links?: [key: string, stance: string][];
};

const source = (grade: Grade, i: number) => ({
  url: `https://news.example.org/${i}`,
  publisher: `Publisher ${i}`,
  reliability: grade[0],
  credibility: Number(grade[1]),
});

// Oldest first. "Joint drills" and the Korean summit share a day: the id breaks the tie.
const FIXTURES: Fixture[] = [
  {
    title: "Missile launched into the East Sea",
    occurredOn: "2025-03-10",
    eventType: "MISSILE_TEST",
    actors: ["North Korea"],
    tags: ["missile"],
    grades: ["A1"],
  },
  {
    title: "Trump offers to meet Kim",
    occurredOn: "2025-04-02",
    eventType: "STATEMENT",
    actors: ["United States", "Donald Trump"],
    tags: ["summit", "outreach"],
    grades: ["D4", "B2"],
    links: [["us-reaches-out", "SUPPORTS"]],
  },
  {
    title: "US and DPRK officials meet",
    occurredOn: "2025-05-15",
    eventType: "TALKS_MEETINGS",
    actors: ["United States", "North Korea"],
    tags: ["talks"],
    grades: ["C3"],
    links: [["talks-resume", "SUPPORTS"]],
  },
  {
    title: "North Korea rejects the offer",
    occurredOn: "2025-05-20",
    eventType: "STATEMENT",
    actors: ["North Korea"],
    tags: ["talks"],
    grades: ["E5", "F6"],
    links: [["talks-resume", "CONTRADICTS"]],
  },
  {
    title: "북미 정상회담 재개",
    occurredOn: "2025-06-01",
    eventType: "TALKS_MEETINGS",
    actors: ["북한", "미국"],
    tags: ["summit", "정상회담"],
    grades: ["B3"],
    links: [["talks-resume", "STRONGLY_SUPPORTS"]],
  },
  // Its A1 source is dropped by an edit below: the soft-deleted source must not count.
  {
    title: "Joint drills scaled back",
    occurredOn: "2025-06-01",
    eventType: "MILITARY_ACTIVITY",
    actors: ["United States", "South Korea"],
    tags: ["alliance"],
    grades: ["A1", "C2"],
  },
  // Its link is removed below: the removed link must not count.
  {
    title: "Tariff threat on Korean cars",
    occurredOn: "2025-06-20",
    eventType: "TRADE_MEASURE",
    actors: ["United States"],
    tags: ["trade"],
    grades: ["A2"],
    links: [["talks-resume", "NEUTRAL"]],
  },
];

describe.each(DATABASE_KINDS)("the developments list on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const expectationIds = new Map<string, string>();
  const idOf = new Map<string, string>();

  const payload = (f: Fixture) => ({
    occurredOn: f.occurredOn,
    datePrecision: "DAY",
    title: f.title,
    summary: `${f.title}: details.`,
    eventType: f.eventType,
    actors: f.actors,
    tags: f.tags,
    sources: f.grades.map(source),
    links: (f.links ?? []).map(([key, stance]) => ({ expectationId: expectationIds.get(key), stance, rationale: "Bears on it." })),
  });

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    for (const e of await t.db.expectation.findMany({ select: { id: true, key: true } })) expectationIds.set(e.key, e.id);
    for (const f of FIXTURES) idOf.set(f.title, (await logDevelopment(t.db, actors.analyst, payload(f), now)).id);

    const drills = FIXTURES[5]!;
    const kept = await t.db.source.findFirstOrThrow({ where: { developmentId: idOf.get(drills.title), reliability: "C" } });
    await updateDevelopment(
      t.db,
      actors.analyst,
      idOf.get(drills.title)!,
      { ...payload(drills), sources: [{ ...source("C2", 1), id: kept.id }], expectedVersion: 1 },
      now,
    );
    const tariffLink = await t.db.evidenceLink.findFirstOrThrow({ where: { developmentId: idOf.get("Tariff threat on Korean cars") } });
    await removeEvidenceLink(t.db, actors.analyst, tariffLink.id, now);

    const gone: Fixture = {
      title: "Deleted: summit talks rumour",
      occurredOn: "2025-06-25",
      eventType: "TALKS_MEETINGS",
      actors: ["North Korea"],
      tags: ["summit", "talks"],
      grades: ["A1"],
    };
    idOf.set(gone.title, (await logDevelopment(t.db, actors.analyst, payload(gone), now)).id);
    await deleteDevelopment(t.db, actors.analyst, idOf.get(gone.title)!, now);
  });
  afterAll(async () => t?.drop());

  const titles = async (filters: DevelopmentFilters) => (await listDevelopments(t.db, actors.viewer, { limit: 100, ...filters })).items.map((i) => i.title);

  // Newest first; on the same day the larger id first.
  const newestFirst = () =>
    FIXTURES.map((f) => ({ title: f.title, key: `${f.occurredOn}|${idOf.get(f.title)}` }))
      .sort((a, b) => (a.key < b.key ? 1 : -1))
      .map((f) => f.title);

  it("lists newest first, without deleted developments, with grades and link counts", async () => {
    expect(await titles({})).toEqual(newestFirst());
    const items = (await listDevelopments(t.db, actors.viewer, {})).items;
    const trump = items.find((i) => i.title === "Trump offers to meet Kim")!;
    expect(trump).toMatchObject({ eventType: "STATEMENT", bestGrade: "B2", links: 1, deleted: false });
    expect(trump.tags.sort()).toEqual(["outreach", "summit"]);
    expect(items.find((i) => i.title === "Joint drills scaled back")).toMatchObject({ bestGrade: "C2", links: 0 });
    expect(items.find((i) => i.title === "Tariff threat on Korean cars")).toMatchObject({ links: 0 });
  });

  it.each<[string, DevelopmentFilters, string[]]>([
    ["event type", { eventType: "TALKS_MEETINGS" }, ["북미 정상회담 재개", "US and DPRK officials meet"]],
    ["actor", { actor: "North Korea" }, ["North Korea rejects the offer", "US and DPRK officials meet", "Missile launched into the East Sea"]],
    ["actor in Korean", { actor: "북한" }, ["북미 정상회담 재개"]],
    ["tag", { tag: "talks" }, ["North Korea rejects the offer", "US and DPRK officials meet"]],
    ["tag summit", { tag: "summit" }, ["북미 정상회담 재개", "Trump offers to meet Kim"]],
    [
      "expectation (removed links do not count)",
      { expectationId: "talks-resume" },
      ["북미 정상회담 재개", "North Korea rejects the offer", "US and DPRK officials meet"],
    ],
    ["expectation and stance", { expectationId: "talks-resume", stance: "SUPPORTS" }, ["US and DPRK officials meet"]],
    ["stance alone", { stance: "CONTRADICTS" }, ["North Korea rejects the offer"]],
    [
      "reliability B or better (dropped sources do not count)",
      { minReliability: "B" },
      ["Tariff threat on Korean cars", "북미 정상회담 재개", "Trump offers to meet Kim", "Missile launched into the East Sea"],
    ],
    ["reliability A", { minReliability: "A" }, ["Tariff threat on Korean cars", "Missile launched into the East Sea"]],
    ["date range, both ends included", { from: "2025-05-15", to: "2025-05-20" }, ["North Korea rejects the offer", "US and DPRK officials meet"]],
    [
      "date range and event type",
      { from: "2025-04-01", to: "2025-06-01", eventType: "STATEMENT" },
      ["North Korea rejects the offer", "Trump offers to meet Kim"],
    ],
    ["search in Korean", { q: "회담" }, ["북미 정상회담 재개"]],
    ["search by English tag", { q: "summit" }, ["북미 정상회담 재개", "Trump offers to meet Kim"]],
    ["search in capitals", { q: "SUMMIT" }, ["북미 정상회담 재개", "Trump offers to meet Kim"]],
    ["search by actor name", { q: "south korea" }, ["Joint drills scaled back"]],
    ["search and tag", { q: "summit", tag: "summit", eventType: "TALKS_MEETINGS" }, ["북미 정상회담 재개"]],
    ["search with no match", { q: "hypersonic" }, []],
  ])("filters by %s", async (_label, filters, expected) => {
    const key = filters.expectationId;
    const resolved = key ? { ...filters, expectationId: expectationIds.get(key) } : filters;
    expect(await titles(resolved)).toEqual(expected);
  });

  it("shows a deleted development to an admin who asks, and only then", async () => {
    const deleted = "Deleted: summit talks rumour";
    expect(await titles({ q: "rumour" })).toEqual([]);
    const admin = await listDevelopments(t.db, actors.admin, { q: "rumour", deleted: "include" });
    expect(admin.items.map((i) => [i.title, i.deleted])).toEqual([[deleted, true]]);
    const viewer = await listDevelopments(t.db, actors.viewer, { q: "rumour", deleted: "include" });
    expect(viewer.items).toEqual([]);
  });

  it("walks every row in pages of two, without duplicates or gaps", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listDevelopments(t.db, actors.viewer, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual(newestFirst());
  });

  it("pages through a filtered list the same way", async () => {
    const first = await listDevelopments(t.db, actors.viewer, { limit: 1, actor: "United States" });
    const second = await listDevelopments(t.db, actors.viewer, { limit: 1, actor: "United States", cursor: first.nextCursor! });
    const rest = await listDevelopments(t.db, actors.viewer, { limit: 10, actor: "United States", cursor: second.nextCursor! });
    const all = [...first.items, ...second.items, ...rest.items].map((i) => i.title);
    expect(all).toEqual(await titles({ actor: "United States" }));
    expect(all).toHaveLength(4);
    expect(rest.nextCursor).toBeNull();
  });
});
