// Importing a 10,000-row ACLED-style CSV with three bad rows: the preview
// names exactly those lines and writes nothing; confirming imports the rest
// once; the same file again adds nothing; the file with three rows changed
// updates those three. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmImport, previewImport } from "../../lib/import/import-developments";
import { acledStyleCsv } from "../support/acled-csv";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const N = 10_000;
// Writing 10,000 developments takes minutes on a loaded 2-core machine; the
// figure is measured by npm run bench:import, not asserted here.
const LONG = 900_000;
const now = new Date("2025-12-01T12:00:00Z");
// Data rows 101, 5000 and 9999 are bad; the header is line 1.
const BAD = new Map<number, Partial<Record<string, string>>>([
  [101, { event_date: "2025-13-40" }],
  [5000, { event_id_cnty: "" }],
  [9999, { event_type: "", sub_event_type: "" }],
]);
const acledCsv = (changed: Set<number> = new Set()) => acledStyleCsv(N, { bad: BAD, changed });

describe.each(DATABASE_KINDS)("importing developments on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;
  const file = acledCsv();
  const request = (text: string) => ({ format: "csv", text, reliability: "B", credibility: "3" });

  beforeAll(async () => {
    t = await create();
    people = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it(
    "previews: names exactly the bad lines, counts the rest as new, writes nothing",
    async () => {
      const preview = await previewImport(t.db, people.analyst, request(file), now);
      expect(preview.errors.map((e) => e.line)).toEqual([102, 5001, 10000]);
      expect(preview.errors[0]!.messages.join(" ")).toMatch(/occurredOn/);
      expect(preview.errors[1]!.messages).toContain("import.errors.externalId");
      expect(preview).toMatchObject({ total: N, created: N - 3, updated: 0, unchanged: 0 });
      expect(await t.db.development.count()).toBe(0);
      await expect(previewImport(t.db, people.viewer, request(file), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    },
    LONG,
  );

  it(
    "imports the good rows once, and the same file again adds nothing",
    async () => {
      const progress: number[] = [];
      expect(await confirmImport(t.db, people.analyst, request(file), now, (done) => progress.push(done))).toMatchObject({
        created: N - 3,
        updated: 0,
        errors: 3,
      });
      expect(progress.at(-1)).toBe(N - 3);
      expect(await t.db.development.count()).toBe(N - 3);
      const one = await t.db.development.findUniqueOrThrow({
        where: { externalId: "acled:KOR10" },
        select: { title: true, summary: true, eventType: true, actors: { select: { actor: { select: { name: true } } } } },
      });
      expect(one).toMatchObject({
        title: "Shelling/artillery/missile attack: 북한 / United States (North Korea)",
        summary: 'Event 10: "launch" reported, near the coast',
        eventType: "MISSILE_TEST",
      });
      // "북한" is the vocabulary's North Korea only once the vocabulary is seeded; here it is its own actor.
      expect(one.actors.map((a) => a.actor.name).sort()).toEqual(["United States", "북한"]);

      expect(await previewImport(t.db, people.analyst, request(file), now)).toMatchObject({ created: 0, updated: 0, unchanged: N - 3 });
      expect(await confirmImport(t.db, people.analyst, request(file), now)).toMatchObject({ created: 0, updated: 0 });
      expect(await t.db.development.count()).toBe(N - 3);
    },
    LONG,
  );

  it(
    "updates exactly the three rows that changed",
    async () => {
      const changed = acledCsv(new Set([7, 4242, 8000]));
      expect(await previewImport(t.db, people.analyst, request(changed), now)).toMatchObject({ created: 0, updated: 3, unchanged: N - 6 });
      expect(await confirmImport(t.db, people.analyst, request(changed), now)).toMatchObject({ created: 0, updated: 3 });
      expect(await t.db.development.count()).toBe(N - 3);
      const revised = await t.db.development.findMany({ where: { version: 2 }, select: { externalId: true, summary: true }, orderBy: { externalId: "asc" } });
      expect(revised.map((r) => r.externalId)).toEqual(["acled:KOR4242", "acled:KOR7", "acled:KOR8000"]);
      expect(revised.every((r) => r.summary.endsWith("(revised)"))).toBe(true);
      // Every imported and every updated development is named in an import's audit rows.
      const audits = await t.db.auditLog.findMany({ where: { action: "development.import" }, select: { changes: true } });
      const named = audits.map((a) => JSON.parse(a.changes!) as { created: string[]; updated: string[] });
      expect(new Set(named.flatMap((c) => c.created)).size).toBe(N - 3);
      expect(named.flatMap((c) => c.updated)).toHaveLength(3);
    },
    LONG,
  );
});
