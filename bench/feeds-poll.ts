// How long does one poll of many feeds take?
//
//   npx tsx bench/feeds-poll.ts [--feeds 50] [--items 100]
//
// A local feed server (loopback) serves --feeds RSS feeds of --items items
// each. On a fresh SQLite file (bench/out/feeds-poll.db, migrated): the floor
// is fetching and parsing every feed without storing; then the first poll
// (every item new), a second poll with the validators (all 304), and a third
// with the validators dropped (everything already stored: the dedupe path).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../lib/db-client";
import { DEFAULT_POLL_OPTIONS } from "../lib/feeds/limits";
import { parseFeed } from "../lib/feeds/parse-feed";
import { pollDueFeeds } from "../lib/feeds/poll-feeds";
import { migrateSqlite } from "../scripts/lib/migrate-sqlite";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const feeds = flag("feeds", 50);
const items = flag("items", 100);

function feedXml(f: number): string {
  const body = Array.from(
    { length: items },
    (_, i) =>
      `<item><guid>feed-${f}-item-${i}</guid><link>https://outlet${f}.example/story/${i}</link><title>Story ${i} from outlet ${f}: USFK troop levels</title>` +
      `<description>${"Details of the story. ".repeat(20)}</description><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item>`,
  ).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${f}</title>${body}</channel></rss>`;
}

async function main() {
  const bodies = Array.from({ length: feeds }, (_, f) => feedXml(f));
  const server = http.createServer((req, res) => {
    const f = Number(/\/(\d+)\.xml$/.exec(req.url ?? "")?.[1]);
    if (req.headers["if-none-match"] === `"f${f}"`) return void res.writeHead(304).end();
    res.writeHead(200, { etag: `"f${f}"`, "content-type": "application/rss+xml" }).end(bodies[f]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dir = path.resolve("bench/out");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "feeds-poll.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  migrateSqlite(`file:${file}`);
  const db = createDb(`file:${file}`);
  const now = new Date("2025-06-02T10:00:00Z");
  try {
    for (let f = 0; f < feeds; f++)
      await db.feed.create({
        data: {
          url: `${base}/${f}.xml`,
          name: `Outlet ${f}`,
          language: "en",
          defaultReliability: "B",
          defaultCredibility: 2,
          createdById: "bench",
          nextPollAt: now,
        },
      });
    const time = async (label: string, run: () => Promise<unknown>) => {
      const t = performance.now();
      const result = await run();
      const ms = performance.now() - t;
      return { label, ms, result };
    };
    const floor = await time("floor: fetch + parse, no store", async () => {
      let n = 0;
      for (let f = 0; f < feeds; f += DEFAULT_POLL_OPTIONS.concurrency)
        await Promise.all(
          Array.from({ length: Math.min(DEFAULT_POLL_OPTIONS.concurrency, feeds - f) }, async (_, k) => {
            const parsed = parseFeed(await (await fetch(`${base}/${f + k}.xml`)).text()).length;
            n += parsed;
          }),
        );
      return { parsed: n };
    });
    const first = await time("first poll (all new)", () => pollDueFeeds(db, now));
    const second = await time("second poll (all 304)", () => pollDueFeeds(db, new Date(now.getTime() + 2 * 3_600_000)));
    await db.feed.updateMany({ data: { etag: null, lastModified: null } });
    const third = await time("third poll (no validators, all known)", () => pollDueFeeds(db, new Date(now.getTime() + 4 * 3_600_000)));
    console.log(`feeds ${feeds} x items ${items} = ${feeds * items} items; stored rows: ${await db.feedItem.count()}`);
    for (const r of [floor, first, second, third])
      console.log(`${r.label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms   x${(r.ms / floor.ms).toFixed(1).padStart(5)} floor   ${JSON.stringify(r.result)}`);
  } finally {
    await db.$disconnect();
    server.closeAllConnections();
    server.close();
  }
}

void main();
