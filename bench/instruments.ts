// How long do the analyst's instruments take, against one full evaluation?
//
//   npx tsx bench/instruments.ts [--devs 100000] [--linked 10000] [--runs 3]
//
// (--n is the old name of --devs.) Peak memory is the process's maximum
// resident set (process.resourceUsage().maxRSS) at the end of each part.
//
// Pure figures, no database: the rule's facts for the IFES baseline's eight
// expectations (kinds, deadlines, the condition and the alliance question as
// seeded), then --n generated developments spread over 2025-01-01..2026-10-31,
// each linked to one or two expectations with a random stance and grade, one to
// four sources from a pool of outlets. Measured, median of --runs:
// - the floor: one full evaluation (the rule replayed over every expectation,
//   with the daily series: what a live run computes);
// - sensitivity (lib/instruments/sensitivity.ts) for every expectation, with outlets;
// - the evidence matrix (lib/instruments/matrix.ts) of the alliance theme with
//   --linked developments linked to it, sorted by diagnosticity.
// Loading the facts from the database is the same query every page already
// runs (bench/dashboard.ts measures it), so it is left out of both sides.
import { performance } from "node:perf_hooks";
import { bestGrade, dayOf, replay, type ExpectationFact, type Facts, type LinkFact, type Stance } from "../lib/judgement/rule";
import { buildMatrix } from "../lib/instruments/matrix";
import { analyseSensitivity, type SourceFact } from "../lib/instruments/sensitivity";
import { ifes2025Baseline } from "../prisma/baseline/ifes-2025";
import { random } from "./lib/generate-developments";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

const day = (s: string) => dayOf(new Date(`${s}T00:00:00Z`));
const FIRST = day("2025-01-01");
const LAST = day("2026-10-31");
const STANCES: Stance[] = ["STRONGLY_SUPPORTS", "SUPPORTS", "NEUTRAL", "CONTRADICTS", "STRONGLY_CONTRADICTS"];
const LETTERS = ["A", "B", "C", "D", "E", "F"];

function baselineFacts(): ExpectationFact[] {
  return ifes2025Baseline.expectations.map((e) => ({
    id: e.key,
    surveyId: "ifes-2025",
    kind: e.kind,
    deadline: e.deadline ? day(e.deadline) : null,
    confirmThreshold: 3,
    contradictThreshold: -3,
    conditionId: e.conditionKey,
    questionGroup: e.questionGroup,
    minDecisiveGrade: { reliability: "B", credibility: 2 },
  }));
}

function generate(n: number, expectations: ExpectationFact[], only?: string[]): { facts: Facts; sources: SourceFact[] } {
  const r = random(20261129);
  const ids = only ?? expectations.map((e) => e.id);
  const links: LinkFact[] = [];
  const sources: SourceFact[] = [];
  for (let i = 0; i < n; i++) {
    const developmentId = `d${i}`;
    const grades = Array.from({ length: 1 + r.int(4) }, () => ({ reliability: r.pick(LETTERS), credibility: 1 + r.int(6), outlet: `outlet-${r.int(40)}` }));
    for (const g of grades) sources.push({ developmentId, outlet: g.outlet, grade: { reliability: g.reliability, credibility: g.credibility } });
    const best = bestGrade(grades);
    const d = FIRST + r.int(LAST - FIRST + 1);
    for (const expectationId of r.some(ids, 1, Math.min(2, ids.length))) {
      links.push({
        linkId: `l${links.length}`,
        developmentId,
        expectationId,
        day: d,
        recordedAt: 0,
        removedAt: null,
        stance: r.pick(STANCES),
        decisive: "NONE",
        grade: best ? { reliability: best.reliability, credibility: best.credibility } : null,
      });
    }
  }
  return { facts: { expectations, links, overrides: [], coverage: [] }, sources };
}

const n = process.argv.includes("--devs") ? flag("devs", 100_000) : flag("n", 100_000);
const peak = () => `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
const linked = flag("linked", 10_000);
const runs = flag("runs", 3);
const expectations = baselineFacts();

const big = generate(n, expectations);
console.log(
  `sensitivity: ${n} developments, ${big.facts.links.length} links, ${expectations.length} expectations, as of ${new Date(LAST * 864e5).toISOString().slice(0, 10)}`,
);
const floor = time(runs, () => replay(big.facts, { until: LAST, series: true }));
console.log(`  one full evaluation (replay with series): ${floor.ms.toFixed(0)} ms`);
const all = time(runs, () => expectations.map((e) => analyseSensitivity({ facts: big.facts, expectationId: e.id, day: LAST, sources: big.sources })));
console.log(`  sensitivity of every expectation:         ${all.ms.toFixed(0)} ms  (${(all.ms / floor.ms).toFixed(1)} × one evaluation), ${peak()}`);
const flipsOnly = time(runs, () => expectations.map((e) => analyseSensitivity({ facts: big.facts, expectationId: e.id, day: LAST })));
console.log(`    of which without outlets:               ${flipsOnly.ms.toFixed(0)} ms  (${(flipsOnly.ms / floor.ms).toFixed(1)} × one evaluation)`);
for (const [i, s] of all.value.entries()) {
  console.log(
    `    ${expectations[i]!.id.padEnd(30)} ${s.status.padEnd(20)} net ${String(s.net).padStart(8)}  ${s.robust ? "robust" : `${s.flips.length} flipping`}${s.smallest ? `, smallest set ${s.smallest.developmentIds.length}` : ""}`,
  );
}

const alliance = expectations.filter((e) => e.questionGroup === "rok-us-relations").map((e) => e.id);
const theme = generate(linked, expectations, alliance);
const floorTheme = time(runs, () => replay(theme.facts, { until: LAST, series: true }));
const matrix = time(runs, () => buildMatrix(theme.facts, { columns: alliance, day: LAST, sort: "diagnosticity" }));
console.log(`matrix: ${linked} developments linked to the alliance theme (${theme.facts.links.length} links)`);
console.log(`  one full evaluation of that record:       ${floorTheme.ms.toFixed(0)} ms`);
console.log(
  `  the matrix, sorted by diagnosticity:      ${matrix.ms.toFixed(0)} ms  (${(matrix.ms / floorTheme.ms).toFixed(1)} × one evaluation), ${matrix.value.length} rows, ${peak()}`,
);
