// An expectation's evidence comes a page at a time (lib/expectations/list-evidence.ts):
// newest first, each live link once across the pages, removed ones left out, the
// total told, and a page past the end shows the last one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { logDevelopment } from "../../lib/developments/log-development";
import { EVIDENCE_PAGE_SIZE, listExpectationEvidence } from "../../lib/expectations/list-evidence";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const LINKED = EVIDENCE_PAGE_SIZE * 2 + 7;

describe.each(DATABASE_KINDS)("an expectation's evidence on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let talks: string;
  let removed: string;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    talks = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } })).id;
    for (let i = 0; i < LINKED + 1; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const { id } = await logDevelopment(
        t.db,
        actors.analyst,
        {
          occurredOn: day,
          datePrecision: "DAY",
          title: `Talks item ${i}`,
          summary: "",
          eventType: "TALKS_MEETINGS",
          sources: [{ url: "https://example.org/x", publisher: "Yonhap", reliability: "B", credibility: 2 }],
          links: [{ expectationId: talks, stance: "SUPPORTS", rationale: "Bears on it." }],
        },
        new Date("2025-12-01T00:00:00Z"),
      );
      if (i === 3) removed = id;
    }
    await t.db.development.update({ where: { id: removed }, data: { deletedAt: new Date("2025-12-02T00:00:00Z") } });
  }, 120_000);
  afterAll(async () => t?.drop());

  it("pages the live links newest first, each once, and tells how many there are", async () => {
    const seen: string[] = [];
    const first = await listExpectationEvidence(t.db, actors.viewer, talks, 1);
    expect(first).toMatchObject({ total: LINKED, page: 1, pages: 3 });
    expect(first.links).toHaveLength(EVIDENCE_PAGE_SIZE);
    expect(first.links[0]!.development.title).toBe(`Talks item ${LINKED}`);
    for (let page = 1; page <= first.pages; page++) {
      const { links } = await listExpectationEvidence(t.db, actors.viewer, talks, page);
      seen.push(...links.map((l) => l.development.title));
    }
    expect(seen).toHaveLength(LINKED);
    expect(new Set(seen).size).toBe(LINKED);
    expect(seen).not.toContain("Talks item 3");
    const days = seen.map((title) => Number(title.split(" ").at(-1)));
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("shows the last page for a page past the end, and the first for nonsense", async () => {
    expect((await listExpectationEvidence(t.db, actors.viewer, talks, 999)).page).toBe(3);
    expect((await listExpectationEvidence(t.db, actors.viewer, talks, 0)).page).toBe(1);
    expect((await listExpectationEvidence(t.db, actors.viewer, talks, Number.NaN)).page).toBe(1);
  });

  it("refuses a reader who is not signed in", async () => {
    await expect(listExpectationEvidence(t.db, null, talks, 1)).rejects.toThrow();
  });
});
