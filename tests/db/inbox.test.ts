// The triage inbox: stored feed items wait with the expectations their
// signposts propose; accepting one prefills the development (feed as source,
// its default grade, actors, proposed links) and, once saved, marks the item
// accepted in the same transaction; dismissing needs a reason; the same story
// from another outlet is grouped with the first and can be added to the
// development already logged as another source. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedActors } from "../../lib/actors/seed-actors";
import { ACTOR_VOCABULARY } from "../../lib/actors/vocabulary";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { logDevelopment } from "../../lib/developments/log-development";
import { addFeed } from "../../lib/feeds/manage-feeds";
import { storeFeedItems } from "../../lib/feeds/store-items";
import { loadAcceptPrefill } from "../../lib/inbox/accept-prefill";
import { listInbox } from "../../lib/inbox/list-inbox";
import { dismissFeedItem } from "../../lib/inbox/triage-item";
import { mergeFeedItemIntoDevelopment } from "../../lib/inbox/merge-into-development";
import { SIGNPOST_DEFAULTS } from "../../lib/signposts/defaults";
import { seedSignposts } from "../../lib/signposts/seed-signposts";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-02T08:00:00Z");

describe.each(DATABASE_KINDS)("the triage inbox on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;
  const item: Record<string, string> = {};
  const key = async (id: string) => (await t.db.expectation.findUniqueOrThrow({ where: { id }, select: { key: true } })).key;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    await seedSignposts(t.db, ifes2025Baseline.survey.slug, SIGNPOST_DEFAULTS);
    await seedActors(t.db, ACTOR_VOCABULARY, now);
    people = await createTestActors(t.db);
    const feed = await addFeed(
      t.db,
      people.admin,
      { url: "https://wire.example/rss", name: "Wire", language: "en", defaultReliability: "C", defaultCredibility: 3 },
      now,
    );
    await storeFeedItems(
      t.db,
      feed.id,
      [
        {
          guid: "1",
          link: "https://wire.example/1",
          title: "Pentagon weighs USFK troop reduction",
          summary: "US troops in South Korea may be cut.",
          publishedAt: new Date("2025-07-01T22:00:00Z"),
        },
        { guid: "2", link: "https://wire.example/2", title: "주한미군 감축 검토", summary: "", publishedAt: null },
        { guid: "3", link: "https://wire.example/3", title: "Heavy rain in Seoul", summary: "", publishedAt: null },
      ],
      now,
    );
    for (const i of await t.db.feedItem.findMany({ select: { id: true, guidKey: true } })) item[i.guidKey!] = i.id;
  });
  afterAll(async () => t?.drop());

  it("lists waiting items with the proposed expectations, the rule that matched, counts and coverage", async () => {
    const inbox = await listInbox(t.db, people.analyst, "en", now);
    const usfk = inbox.items.find((i) => i.id === item["1"])!;
    const proposals = await Promise.all(usfk.proposals.map(async (p) => [await key(p.expectationId), p.stance, p.term, p.label]));
    expect(proposals).toEqual(
      expect.arrayContaining([
        ["alliance-weakened", "SUPPORTS", "USFK", "Alliance under strain (troops, costs, tariffs)"],
        ["alliance-maintained", "CONTRADICTS", "USFK", "Alliance under strain (troops, costs, tariffs)"],
      ]),
    );
    const korean = inbox.items.find((i) => i.id === item["2"])!;
    expect((await Promise.all(korean.proposals.map((p) => key(p.expectationId)))).sort()).toEqual(["alliance-maintained", "alliance-weakened"]);
    expect(inbox.items.find((i) => i.id === item["3"])!.proposals).toEqual([]);
    expect(inbox.countsByFeed).toEqual([expect.objectContaining({ name: "Wire", waiting: 3 })]);
    expect(inbox.coveredThrough).toBe("2025-07-01");
    await expect(listInbox(t.db, people.viewer, "en", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("prefills the development from the item and marks it accepted when saved, once", async () => {
    const prefill = await loadAcceptPrefill(t.db, people.analyst, item["1"]!, now);
    expect(prefill.values).toMatchObject({
      occurredOn: "2025-07-01",
      title: "Pentagon weighs USFK troop reduction",
      eventType: "TROOP_POSTURE",
      sources: [{ url: "https://wire.example/1", publisher: "Wire", reliability: "C", credibility: "3", publishedOn: "2025-07-01" }],
    });
    expect(prefill.values.actors).toEqual(expect.arrayContaining(["United States Forces Korea", "United States", "South Korea"]));
    const payload = {
      ...prefill.values,
      links: prefill.proposals.map((p) => ({ expectationId: p.expectationId, stance: p.stance, rationale: `Signpost ${p.label}` })),
      feedItemId: item["1"],
    };
    const { id } = await logDevelopment(t.db, people.analyst, payload, now);
    expect(await t.db.feedItem.findUniqueOrThrow({ where: { id: item["1"] } })).toMatchObject({
      triage: "ACCEPTED",
      developmentId: id,
      triagedById: people.analyst.userId,
    });
    expect(await t.db.evidenceLink.count({ where: { developmentId: id } })).toBe(prefill.proposals.length);
    // A second acceptance of the same item is refused and leaves no development behind.
    const before = await t.db.development.count();
    await expect(logDevelopment(t.db, people.analyst, payload, now)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.development.count()).toBe(before);
    expect((await listInbox(t.db, people.analyst, "en", now)).items.map((i) => i.id)).not.toContain(item["1"]);
  });

  it("groups another outlet's copy of a story, and adds an item as another source of a logged development", async () => {
    const agency = await addFeed(
      t.db,
      people.admin,
      { url: "https://agency.example/rss", name: "Agency", language: "en", defaultReliability: "B", defaultCredibility: 2 },
      now,
    );
    const later = new Date(now.getTime() + 3_600_000);
    await storeFeedItems(
      t.db,
      agency.id,
      [
        {
          guid: "a1",
          link: "https://agency.example/1",
          title: "Pentagon weighs reduction of USFK troops",
          summary: "",
          publishedAt: new Date("2025-07-02T01:00:00Z"),
        },
        { guid: "a2", link: "https://agency.example/2", title: "Seoul and Washington open cost sharing talks", summary: "", publishedAt: null },
        { guid: "a3", link: "https://agency.example/3", title: "Washington and Seoul open cost-sharing talks", summary: "", publishedAt: null },
      ],
      later,
    );
    for (const i of await t.db.feedItem.findMany({ where: { feedId: agency.id }, select: { id: true, guidKey: true } }))
      item[i.guidKey!.split(":").at(-1)!] = i.id;
    const inbox = await listInbox(t.db, people.analyst, "en", later);
    const talks = inbox.groups.find((g) => [g.lead, ...g.others].includes(item["a2"]!))!;
    expect([talks.lead, ...talks.others].sort()).toEqual([item["a2"], item["a3"]].sort());
    expect(inbox.groups.find((g) => g.lead === item["a1"])!.others).toEqual([]);

    // The development logged from the wire's copy is the first one proposed for the agency's.
    const logged = (await t.db.feedItem.findUniqueOrThrow({ where: { id: item["1"] } })).developmentId!;
    const copy = inbox.items.find((i) => i.id === item["a1"])!;
    expect(copy.candidates[0]!.id).toBe(logged);

    const counts = async () => [await t.db.source.count(), await t.db.developmentRevision.count(), await t.db.auditLog.count()];
    const before = await counts();
    await expect(mergeFeedItemIntoDevelopment(t.db, people.viewer, item["a1"]!, { developmentId: logged }, later)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mergeFeedItemIntoDevelopment(t.db, people.analyst, item["a1"]!, { developmentId: "" }, later)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(mergeFeedItemIntoDevelopment(t.db, people.analyst, item["a1"]!, { developmentId: "nope" }, later)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);

    expect(await mergeFeedItemIntoDevelopment(t.db, people.analyst, item["a1"]!, { developmentId: logged }, later)).toEqual({
      developmentId: logged,
      version: 2,
    });
    const sources = await t.db.source.findMany({ where: { developmentId: logged, deletedAt: null }, orderBy: { createdAt: "asc" } });
    expect(sources.map((x) => [x.publisher, x.url, x.reliability, x.credibility])).toEqual([
      ["Wire", "https://wire.example/1", "C", 3],
      ["Agency", "https://agency.example/1", "B", 2],
    ]);
    const revision = await t.db.developmentRevision.findFirstOrThrow({ where: { developmentId: logged, version: 2 } });
    expect(JSON.parse(revision.snapshot).sources).toHaveLength(2);
    expect(revision.editedById).toBe(people.analyst.userId);
    expect(await t.db.feedItem.findUniqueOrThrow({ where: { id: item["a1"] } })).toMatchObject({ triage: "ACCEPTED", developmentId: logged });
    // Done once: the item has left the inbox.
    await expect(mergeFeedItemIntoDevelopment(t.db, people.analyst, item["a1"]!, { developmentId: logged }, later)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("dismisses with a reason only, and audits it", async () => {
    await expect(dismissFeedItem(t.db, people.analyst, item["3"]!, { reason: " " }, now)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(dismissFeedItem(t.db, people.viewer, item["3"]!, { reason: "weather" }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await dismissFeedItem(t.db, people.analyst, item["3"]!, { reason: "Weather, not security" }, now);
    expect(await t.db.feedItem.findUniqueOrThrow({ where: { id: item["3"] } })).toMatchObject({ triage: "DISMISSED", dismissReason: "Weather, not security" });
    expect(await t.db.auditLog.count({ where: { action: "feedItem.dismissed", entityId: item["3"] } })).toBe(1);
    await expect(dismissFeedItem(t.db, people.analyst, item["3"]!, { reason: "again" }, now)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
