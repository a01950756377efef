// Lighthouse's performance and accessibility scores of the signed-in pages,
// in Debian's Chromium, against the production build (npm run build first).
//
//   npm run bench:lighthouse [-- --links 10000 --port 3406]
//
// Serves a generated record (bench/lib/record-instance.ts), signs in as its
// admin, and runs Lighthouse on the dashboard, the busiest expectation's page
// and the developments list, each with Lighthouse's mobile settings (a
// throttled phone, its default) and its desktop preset. Lighthouse is fetched
// from the npm registry by `npm exec` on first use, pinned to a release that
// runs on Node 20; it is a tool of this benchmark, not a dependency of the
// product. Goal (issue 13): at least 95 in both categories.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startRecordInstance } from "./lib/record-instance";

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

type Scores = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; failing: string[] };

function lighthouse(url: string, cookie: string, desktop: boolean, dir: string): Scores {
  const headers = path.join(dir, "headers.json");
  fs.writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
  const out = path.join(dir, `report-${desktop ? "desktop" : "mobile"}.json`);
  const run = () =>
    execFileSync(
      "npm",
      [
        "exec",
        "--yes",
        `--package=${LIGHTHOUSE}`,
        "--",
        "lighthouse",
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility",
        `--extra-headers=${headers}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ...(desktop ? ["--preset=desktop"] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] },
    );
  // Lighthouse sometimes loses its trace of the page load (NO_NAVSTART) and asks to be run again.
  try {
    run();
  } catch {
    console.log("  (Lighthouse failed once; running it again)");
    run();
  }
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
  };
  const a11y = report.categories.accessibility!;
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(a11y.score * 100),
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    // The accessibility audits that count and did not pass: what to fix.
    failing: a11y.auditRefs.filter((r) => r.weight > 0 && report.audits[r.id]?.score === 0).map((r) => report.audits[r.id]!.title),
  };
}

async function main() {
  const links = option("links", 10_000);
  const instance = await startRecordInstance(links, option("port", 3406));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-lighthouse-"));
  try {
    console.log(`${instance.counts}; ${LIGHTHOUSE} in ${CHROMIUM} (goal: 95 or more in both)`);
    for (const [label, page] of [
      ["dashboard", "/"],
      ["an expectation (most links)", instance.expectationPath],
      ["developments list", "/developments"],
    ] as const) {
      for (const desktop of [false, true]) {
        const s = lighthouse(`${instance.base}${page}`, instance.cookie, desktop, dir);
        console.log(
          `  ${label.padEnd(28)} ${desktop ? "desktop" : "mobile "}  performance ${String(s.performance).padStart(3)}  accessibility ${String(s.accessibility).padStart(3)}` +
            `  LCP ${(s.lcpMs / 1000).toFixed(1)} s  TBT ${s.tbtMs.toFixed(0)} ms  CLS ${s.cls.toFixed(3)}${s.failing.length ? `  failing: ${s.failing.join("; ")}` : ""}`,
        );
      }
    }
  } finally {
    await instance.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
