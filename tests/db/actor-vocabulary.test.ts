// One actor, many names: a development logged under "미국" is the United
// States' development, found by the filter "United States" and the search
// "US"; free-text duplicates made before the vocabulary are merged into it
// with their links. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeActors } from "../../lib/actors/merge-actors";
import { seedActors } from "../../lib/actors/seed-actors";
import { ACTOR_VOCABULARY } from "../../lib/actors/vocabulary";
import { listDevelopments } from "../../lib/developments/list-developments";
import { logDevelopment } from "../../lib/developments/log-development";
import { listKnownNames } from "../../lib/developments/names";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");

const payload = (title: string, actors: string[]) => ({
  occurredOn: "2025-06-01",
  datePrecision: "DAY",
  title,
  summary: `${title}.`,
  eventType: "STATEMENT",
  actors,
  tags: [],
  sources: [{ url: "https://news.example.org/1", publisher: "Yonhap", reliability: "B", credibility: 2 }],
  links: [],
});

describe.each(DATABASE_KINDS)("the actor vocabulary on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;
  const ids: Record<string, string> = {};
  const titles = async (filters: { actor?: string; q?: string }) => (await listDevelopments(t.db, people.viewer, filters)).items.map((i) => i.title).sort();

  beforeAll(async () => {
    t = await create();
    people = await createTestActors(t.db);
    // Logged before the vocabulary existed: "미국" and "트럼프" became actors of their own.
    ids.before = (await logDevelopment(t.db, people.analyst, payload("관세 서한 발표", ["미국", "트럼프"]), now)).id;
    ids.english = (await logDevelopment(t.db, people.analyst, payload("Tariff letter sent", ["United States"]), now)).id;
    ids.japan = (await logDevelopment(t.db, people.analyst, payload("Tokyo talks", ["Japan"]), now)).id;
    await seedActors(t.db, ACTOR_VOCABULARY, now);
    ids.after = (await logDevelopment(t.db, people.analyst, payload("방위비 분담 요구", ["미국"]), now)).id;
  });
  afterAll(async () => t?.drop());

  it("finds a development logged with 미국 by the filter United States and by searching US", async () => {
    expect(await titles({ actor: "United States" })).toEqual(["Tariff letter sent", "관세 서한 발표", "방위비 분담 요구"].sort());
    expect(await titles({ q: "US" })).toEqual(["Tariff letter sent", "관세 서한 발표", "방위비 분담 요구"].sort());
    // Any name filters alike, and the other actors' developments stay out.
    expect(await titles({ actor: "미국" })).toEqual(await titles({ actor: "usa" }));
    expect(await titles({ actor: "Trump" })).toEqual(["관세 서한 발표"]);
    expect(await titles({ actor: "Japan" })).toEqual(["Tokyo talks"]);
  });

  it("links one actor however it was named, and the seed folded the free-text duplicates into it", async () => {
    const us = await t.db.actor.findUniqueOrThrow({ where: { name: "United States" }, select: { id: true, nameKo: true } });
    expect(us.nameKo).toBe("미국");
    for (const id of [ids.before, ids.english, ids.after]) {
      const linked = await t.db.developmentActor.findMany({ where: { developmentId: id! }, select: { actor: { select: { name: true } } } });
      expect(linked.map((l) => l.actor.name)).toContain("United States");
      expect(linked.map((l) => l.actor.name)).not.toContain("미국");
    }
    const duplicate = await t.db.actor.findUniqueOrThrow({ where: { name: "미국" }, select: { mergedIntoId: true } });
    expect(duplicate.mergedIntoId).toBe(us.id);
  });

  it("suggests actors in either language on the form", async () => {
    const { actors } = await listKnownNames(t.db);
    expect(actors).toEqual(expect.arrayContaining(["United States", "미국", "US", "Kim Jong Un", "김정은", "이재명"]));
  });

  it("lets an admin merge a duplicate, keeping its links and writing the audit row; an analyst may not", async () => {
    const dup = (await logDevelopment(t.db, people.analyst, payload("Statement from Washington officials", ["U.S. government"]), now)).id;
    const from = await t.db.actor.findUniqueOrThrow({ where: { name: "U.S. government" }, select: { id: true } });
    const into = await t.db.actor.findUniqueOrThrow({ where: { name: "United States" }, select: { id: true } });
    await expect(mergeActors(t.db, people.analyst, { fromId: from.id, intoId: into.id }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await titles({ actor: "United States" })).not.toContain("Statement from Washington officials");

    expect(await mergeActors(t.db, people.admin, { fromId: from.id, intoId: into.id }, now)).toEqual({ developments: 1 });
    expect(await titles({ actor: "United States" })).toContain("Statement from Washington officials");
    expect(await titles({ actor: "U.S. government" })).toEqual(await titles({ actor: "미국" }));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "actor.merge", userId: people.admin.userId } });
    expect(JSON.parse(audit.changes!)).toMatchObject({ from: { name: "U.S. government" }, into: { name: "United States" }, developments: [dup] });
    await expect(mergeActors(t.db, people.admin, { fromId: from.id, intoId: into.id }, now)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
