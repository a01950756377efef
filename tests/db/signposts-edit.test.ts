// Analysts refine signposts: a new rule proposes its stance in the inbox from
// the next view; a change is audited with the rule before and after and makes
// a new version of the expectation with who, when and why; a removal is a soft
// delete the inbox no longer applies; bad input names its field and writes
// nothing; viewers cannot edit. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { addFeed } from "../../lib/feeds/manage-feeds";
import { storeFeedItems } from "../../lib/feeds/store-items";
import { listInbox } from "../../lib/inbox/list-inbox";
import { listExpectationSignposts, removeSignpost, saveSignpost } from "../../lib/signposts/edit-signposts";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-02T08:00:00Z");

describe.each(DATABASE_KINDS)("editing signposts on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;
  let talks: string;
  const proposalsFor = async (title: string) => {
    const inbox = await listInbox(t.db, people.analyst, "en", now);
    return inbox.items.find((i) => i.title === title)!.proposals.map((p) => [p.expectationId, p.stance, p.term]);
  };

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    people = await createTestActors(t.db);
    talks = (await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" }, select: { id: true } })).id;
    const feed = await addFeed(
      t.db,
      people.admin,
      { url: "https://wire.example/rss", name: "Wire", language: "en", defaultReliability: "C", defaultCredibility: 3 },
      now,
    );
    await storeFeedItems(
      t.db,
      feed.id,
      [{ guid: "1", link: "https://wire.example/1", title: "Kim Jong Un receives a letter from Trump", summary: "", publishedAt: null }],
      now,
    );
  });
  afterAll(async () => t?.drop());

  it("refuses bad input by field and viewers, writing nothing", async () => {
    const before = [await t.db.signpost.count(), await t.db.auditLog.count(), await t.db.expectationVersion.count()];
    await expect(saveSignpost(t.db, people.analyst, talks, null, { label: "", terms: " , ", stance: "MAYBE" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        label: ["signposts.errors.labelRequired"],
        terms: ["signposts.errors.termsRequired"],
        stance: expect.any(Array),
        reason: ["signposts.errors.reasonRequired"],
      },
    });
    await expect(
      saveSignpost(t.db, people.analyst, talks, null, { label: "x", terms: "y".repeat(61), stance: "SUPPORTS", reason: "r" }, now),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      saveSignpost(t.db, people.viewer, talks, null, { label: "Letters", terms: "letter", stance: "SUPPORTS", reason: "r" }, now),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect([await t.db.signpost.count(), await t.db.auditLog.count(), await t.db.expectationVersion.count()]).toEqual(before);
  });

  it("adds a rule the inbox applies, changes it with an audited before and after, and removes it softly", async () => {
    expect(await proposalsFor("Kim Jong Un receives a letter from Trump")).toEqual([]);
    const added = await saveSignpost(
      t.db,
      people.analyst,
      talks,
      null,
      { label: "Letters", terms: "letter\n친서, letters", actors: "Kim Jong Un", stance: "SUPPORTS", reason: "Letters were how the 2018 talks began" },
      now,
    );
    expect(await listExpectationSignposts(t.db, people.viewer, talks)).toEqual([
      { id: added.id, label: "Letters", terms: ["letter", "친서", "letters"], actors: ["Kim Jong Un"], eventTypes: [], stance: "SUPPORTS" },
    ]);
    expect(await proposalsFor("Kim Jong Un receives a letter from Trump")).toEqual([[talks, "SUPPORTS", "letter"]]);

    await saveSignpost(
      t.db,
      people.analyst,
      talks,
      added.id,
      {
        label: "Letters",
        terms: "letter",
        actors: "",
        eventTypes: ["TALKS_MEETINGS"],
        stance: "STRONGLY_SUPPORTS",
        reason: "A letter from Kim is a strong sign",
      },
      now,
    );
    expect(await proposalsFor("Kim Jong Un receives a letter from Trump")).toEqual([[talks, "STRONGLY_SUPPORTS", "letter"]]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "signpost.update", entityId: added.id } });
    const changes = JSON.parse(audit.changes!);
    expect([changes.before.stance, changes.after.stance, JSON.parse(changes.before.terms)]).toEqual([
      "SUPPORTS",
      "STRONGLY_SUPPORTS",
      ["letter", "친서", "letters"],
    ]);

    // A second rule under the same name is refused, by its field.
    await expect(
      saveSignpost(t.db, people.analyst, talks, null, { label: "Letters", terms: "envoy", stance: "SUPPORTS", reason: "r" }, now),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { label: ["signposts.errors.labelTaken"] },
    });

    await expect(removeSignpost(t.db, people.analyst, talks, added.id, { reason: " " }, now)).rejects.toMatchObject({ code: "VALIDATION" });
    await removeSignpost(t.db, people.analyst, talks, added.id, { reason: "Too broad: letters on trade matched" }, now);
    expect(await proposalsFor("Kim Jong Un receives a letter from Trump")).toEqual([]);
    expect(await t.db.signpost.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ deletedAt: now, stance: "STRONGLY_SUPPORTS" });
    await expect(removeSignpost(t.db, people.analyst, talks, added.id, { reason: "again" }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Each change is a version of the expectation: the seeded state as version 1, then one per change, with who and why.
    const versions = await t.db.expectationVersion.findMany({ where: { expectationId: talks }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, JSON.parse(v.changed), v.reason, v.editedById])).toEqual([
      [1, [], null, null],
      [2, ["signposts"], "Letters were how the 2018 talks began", people.analyst.userId],
      [3, ["signposts"], "A letter from Kim is a strong sign", people.analyst.userId],
      [4, ["signposts"], "Too broad: letters on trade matched", people.analyst.userId],
    ]);
    expect(JSON.parse(versions[2]!.fields).signposts).toEqual([{ label: "Letters", terms: ["letter"], stance: "STRONGLY_SUPPORTS" }]);
    expect(JSON.parse(versions[3]!.fields).signposts).toEqual([]);
    expect((await t.db.expectation.findUniqueOrThrow({ where: { id: talks } })).version).toBe(4);
  });
});
