// Does a page's cost grow with the record? Server response times of the
// dashboard, an expectation's page and the developments list, over HTTP
// against the production build (npm run build first), at two or more sizes of
// record, each against the same server's trivial route; and the JavaScript
// the dashboard sends to a browser.
//
//   npm run bench:pages [-- --links 1000,100000 --runs 15 --port 3405]
//
// For each size: a fresh SQLite file with the generated record of
// bench/lib/generate-record.ts (the seeded baseline, a year of developments,
// links and sources) and its first live evaluation (the history and a year of
// daily snapshots the dashboard reads), an admin account, and
// scripts/serve.mjs (web server only: no job changes the record meanwhile).
// Then, one request at a time (one analyst's browser), --runs rounds after two
// warm-up rounds, interleaved: the floor (GET /api/expectations signed out,
// answered 401 by its route handler) and each page signed in. Prints medians,
// p90s and the web server's peak resident memory per size, then each page's
// growth: how many times slower at the largest size than at the smallest,
// divided by the floor's own growth (goal: under 2 for 100× the data).
import { gzipSync } from "node:zlib";
import { percentile } from "../tests/durability/support/client";
import { peakRssMb } from "../tests/durability/support/instance";
import { startRecordInstance } from "./lib/record-instance";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
}
const wholes = (text: string, name: string) =>
  text.split(",").map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes positive whole numbers, comma-separated`);
    return n;
  });

const sizes = wholes(option("links", "1000,100000"), "links");
const runs = wholes(option("runs", "15"), "runs")[0]!;
const port = wholes(option("port", "3405"), "port")[0]!;

type Target = { label: string; path: string; signedIn: boolean };
type Measured = { label: string; median: number; p90: number; bytes: number };

async function timed(base: string, target: Target, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${target.path}`, { headers: target.signedIn ? { cookie } : {}, redirect: "manual" });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  const expected = target.signedIn ? 200 : 401;
  if (response.status !== expected) throw new Error(`${target.path} answered ${response.status}, expected ${expected}`);
  return { ms, bytes: body.byteLength };
}

/** The scripts the dashboard's HTML loads, fetched and compressed as a server would send them. */
async function dashboardScripts(base: string, cookie: string) {
  const html = await (await fetch(`${base}/`, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.byteLength;
    gzip += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: sources.length, raw, gzip };
}

async function measure(links: number) {
  const instance = await startRecordInstance(links, port);
  try {
    const { base, cookie } = instance;
    const targets: Target[] = [
      { label: "floor: GET /api/expectations (401)", path: "/api/expectations", signedIn: false },
      { label: "dashboard /", path: "/", signedIn: true },
      { label: "an expectation (most links)", path: instance.expectationPath, signedIn: true },
      { label: "developments list", path: "/developments", signedIn: true },
    ];
    const samples = new Map(targets.map((t) => [t.label, [] as number[]]));
    const bytes = new Map<string, number>();
    for (let round = 0; round < runs + 2; round++) {
      for (const target of targets) {
        const r = await timed(base, target, cookie);
        if (round >= 2) samples.get(target.label)!.push(r.ms);
        bytes.set(target.label, r.bytes);
      }
    }
    const scripts = await dashboardScripts(base, cookie);
    const measured: Measured[] = targets.map((t) => ({
      label: t.label,
      median: percentile(samples.get(t.label)!, 50),
      p90: percentile(samples.get(t.label)!, 90),
      bytes: bytes.get(t.label)!,
    }));
    return { links, counts: instance.counts, measured, peakMb: peakRssMb(instance.serverPid), scripts };
  } finally {
    await instance.stop();
  }
}

async function main() {
  const results = [];
  for (const links of sizes) {
    const r = await measure(links);
    results.push(r);
    console.log(`\n${r.counts} (median and p90 of ${runs} sequential requests; web server peak RSS ${r.peakMb} MB):`);
    for (const m of r.measured) {
      console.log(
        `  ${m.label.padEnd(38)} ${m.median.toFixed(1).padStart(8)} ms   p90 ${m.p90.toFixed(1).padStart(8)} ms   ${(m.bytes / 1024).toFixed(0).padStart(5)} KB of HTML`,
      );
    }
    console.log(
      `  dashboard JavaScript: ${r.scripts.files} files, ${(r.scripts.raw / 1024).toFixed(0)} KB, ${(r.scripts.gzip / 1024).toFixed(1)} KB gzip-compressed (goal ≤ 200 KB)`,
    );
  }
  if (results.length < 2) return;
  const [small, large] = [results[0]!, results.at(-1)!];
  const growth = (i: number) => large.measured[i]!.median / small.measured[i]!.median;
  console.log(
    `\nGrowth from ${small.links} to ${large.links} links (${(large.links / small.links).toFixed(0)}× the data), over the floor's own growth (goal < 2):`,
  );
  for (let i = 1; i < small.measured.length; i++) {
    console.log(
      `  ${small.measured[i]!.label.padEnd(38)} ${growth(i).toFixed(2)}× slower; floor ${growth(0).toFixed(2)}×; ratio ${(growth(i) / growth(0)).toFixed(2)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
