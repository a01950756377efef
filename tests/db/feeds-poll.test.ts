// Polling feeds served by a local HTTP server (loopback): new items arrive
// once, a 304 is honoured, a malformed feed, a timeout and an oversize body
// are recorded as failures while the other feeds still ingest, and a restart
// stores nothing twice. Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db-client";
import { addFeed, listFeeds } from "../../lib/feeds/manage-feeds";
import type { PollOptions } from "../../lib/feeds/limits";
import { pollDueFeeds } from "../../lib/feeds/poll-feeds";
import { createTestActors, type TestActors } from "../support/actors";
import { atom, rss, startFeedServer, withEtag, type FeedServer } from "../support/feed-server";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const OPTIONS: PollOptions = { timeoutMs: 400, maxBytes: 64 * 1024, attempts: 2, firstRetryDelayMs: 20, concurrency: 3, batch: 50 };
const start = new Date("2025-06-02T10:00:00Z");
const later = (hours: number) => new Date(start.getTime() + hours * 3_600_000);

describe.each(DATABASE_KINDS)("polling feeds on $kind", ({ create }) => {
  let t: TestDatabase;
  let people: TestActors;
  let server: FeedServer;
  let yonhapVersion = 1;
  const feedIds: Record<string, string> = {};
  const yonhapItems = () => [
    { guid: "yna-1", link: "https://en.yna.example/view/1", title: "US weighs USFK troop reduction" },
    { guid: "yna-2", link: "https://en.yna.example/view/2", title: "Seoul and Washington open cost sharing talks" },
    { guid: "yna-3", link: "https://en.yna.example/view/3?utm_source=rss", title: "Trump sends letter to Kim" },
    ...(yonhapVersion > 1 ? [{ guid: "yna-4", link: "https://en.yna.example/view/4", title: "Tariff on Korean cars announced" }] : []),
  ];
  const items = (db: Db = t.db) => db.feedItem.findMany({ orderBy: { title: "asc" }, select: { title: true, feedId: true } });
  const feed = (name: string) => t.db.feed.findUniqueOrThrow({ where: { id: feedIds[name] } });

  beforeAll(async () => {
    t = await create();
    people = await createTestActors(t.db);
    server = await startFeedServer();
    server.routes.set(
      "/yonhap.xml",
      withEtag(() => ({ xml: rss(yonhapItems()), etag: `"v${yonhapVersion}"` })),
    );
    // Another outlet carrying one Yonhap story under a tracking link, plus its own.
    server.routes.set("/aggregator.xml", (_req, res) =>
      res.writeHead(200, { "content-type": "application/atom+xml" }).end(
        atom([
          { id: "tag:agg,2025:9", link: "https://en.yna.example/view/3?utm_medium=feed#top", title: "Trump sends letter to Kim (via aggregator)" },
          { id: "tag:agg,2025:10", link: "https://agg.example/korea/10", title: "주한미군 감축 검토" },
        ]),
      ),
    );
    server.routes.set("/broken.xml", (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss><channel><item><title>cut off"));
    server.routes.set("/slow.xml", (_req, res) => void setTimeout(() => res.writeHead(200).end(rss([])), 3_000));
    server.routes.set("/huge.xml", (_req, res) => {
      // Chunked, no Content-Length: the cap must hold while reading.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const filler = `<!-- ${"x".repeat(16 * 1024)} -->`;
      for (let i = 0; i < 16; i++) res.write(filler);
      res.end(rss([{ guid: "huge-1", title: "never stored" }]));
    });
    let flaky = 0;
    server.routes.set("/flaky.xml", (_req, res) => {
      if (flaky++ === 0) return void res.writeHead(503).end();
      res.writeHead(200).end(rss([{ guid: "flaky-1", link: "https://flaky.example/1", title: "Envoy named for North Korea" }]));
    });
    for (const name of ["yonhap", "aggregator", "broken", "slow", "huge", "flaky"]) {
      const input = {
        url: server.url(`/${name}.xml`),
        name,
        language: name === "aggregator" ? "ko" : "en",
        defaultReliability: "B",
        defaultCredibility: 2,
        pollMinutes: 60,
      };
      feedIds[name] = (await addFeed(t.db, people.admin, input, start)).id;
    }
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it("lets only an admin add a feed", async () => {
    const input = { url: server.url("/other.xml"), name: "other", language: "en", defaultReliability: "C", defaultCredibility: 3 };
    await expect(addFeed(t.db, people.analyst, input, start)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addFeed(t.db, people.admin, { ...input, url: server.url("/yonhap.xml") }, start)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addFeed(t.db, people.admin, { ...input, url: "file:///etc/passwd" }, start)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("stores new items once, records each failing feed with its error, and the others still ingest", async () => {
    const counts = await pollDueFeeds(t.db, start, OPTIONS);
    // Yonhap 3, the aggregator 1 (its copy of story 3 shares the canonical link), flaky 1.
    expect(counts).toMatchObject({ feeds: 6, stored: 3, failed: 3, newItems: 5 });
    // The two feeds are polled side by side, so either copy of story 3 may
    // arrive first; whichever did is the one kept, and only one is.
    const titles = (await items()).map((i) => i.title);
    const story3 = titles.filter((x) => x.startsWith("Trump sends letter to Kim"));
    expect(story3).toHaveLength(1);
    expect(titles.filter((x) => !story3.includes(x))).toEqual(
      ["Envoy named for North Korea", "Seoul and Washington open cost sharing talks", "US weighs USFK troop reduction", "주한미군 감축 검토"].sort(),
    );
    expect(await feed("broken")).toMatchObject({ status: "FAILING", failures: 1, lastError: expect.stringMatching(/malformed XML/) });
    expect(await feed("slow")).toMatchObject({ status: "FAILING", lastError: expect.stringMatching(/timed out after 400 ms/) });
    expect(await feed("huge")).toMatchObject({ status: "FAILING", lastError: expect.stringMatching(/too large/) });
    // A 503 is tried again within the poll; the second try succeeded.
    expect(await feed("flaky")).toMatchObject({ status: "OK", lastError: null });
    expect(await feed("yonhap")).toMatchObject({ status: "OK", etag: '"v1"' });
    // A failing feed waits longer before its next try than a healthy one.
    expect((await feed("broken")).nextPollAt!.getTime()).toBeGreaterThan((await feed("yonhap")).nextPollAt!.getTime());
    const listed = await listFeeds(t.db, people.viewer);
    // Yonhap's three wait, less story 3 when the aggregator's copy came first.
    const story3Feed = (await items()).find((i) => i.title.startsWith("Trump sends letter to Kim"))!.feedId;
    expect(listed.find((f) => f.name === "yonhap")).toMatchObject({ waiting: story3Feed === feedIds.yonhap ? 3 : 2, status: "OK" });
  });

  it("sends the ETag back, honours the 304 and stores nothing", async () => {
    const before = server.requests.length;
    const counts = await pollDueFeeds(t.db, later(1), OPTIONS);
    const yonhap = server.requests.slice(before).filter((r) => r.path === "/yonhap.xml");
    expect(yonhap).toEqual([{ path: "/yonhap.xml", ifNoneMatch: '"v1"', ifModifiedSince: undefined }]);
    expect(counts.notModified).toBe(1);
    expect(counts.newItems).toBe(0);
    expect(await items()).toHaveLength(5);
  });

  it("after a restart, with the validators lost, stores only the one new item", async () => {
    yonhapVersion = 2;
    await t.db.feed.updateMany({ data: { etag: null, lastModified: null } });
    // A new process: its own client on the same database.
    const restarted = createDb(t.url);
    try {
      const counts = await pollDueFeeds(restarted, later(30), OPTIONS);
      expect(counts.newItems).toBe(1);
      const titles = (await items(restarted)).map((i) => i.title);
      expect(titles).toHaveLength(6);
      expect(titles.filter((x) => x === "Tariff on Korean cars announced")).toHaveLength(1);
      expect(new Set(titles).size).toBe(titles.length);
    } finally {
      await restarted.$disconnect();
    }
  });
});
