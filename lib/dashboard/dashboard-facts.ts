// The rule's inputs for the dashboard, without loading the evidence row by row.
//
// lib/judgement/load-facts.ts reads every live link with its development and
// sources: what the jobs need (link ids for the reasons, link times for
// overrides). The dashboard needs only statuses and net scores, and a link's
// weight depends only on its stance and its development's best source grade.
// So the database counts the live links per (expectation, stance, best grade)
// for developments on or before the as-of moment (at most 8 x 5 x 36 rows),
// and the rule (judgeAll, unchanged) gets that many stand-in items per group.
// At 100,000 developments (30,000 links) that is ~1,500 rows read instead of
// ~104,000 (bench/dashboard.ts). tests/db/exports.test.ts and the benchmark
// check that the statuses and net scores equal the full replay's.
// (IN over the covering index Development(deletedAt, occurredOn, id) rather
// than a join: SQLite then reads the index once instead of probing the links
// of each of the 100,000 developments; ~50 ms less at that size.)
//
// What counts as evidence must stay what loadFacts counts: links and
// developments not deleted, sources not deleted. The latest override or
// release is read the same way too (factsOf is loadFacts' own).
import type { Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import { RELIABILITY_KEYS, CREDIBILITY_VALUES } from "../developments/admiralty";
import type { EvidenceItem } from "../judgement/evaluate";
import { factsOf } from "../judgement/load-facts";
import type { ExpectationFacts } from "../judgement/judge-all";
import { bestSourceFactor, type Grade } from "../judgement/weights";

// Every grade, ranked by the rule's own factor (weights.ts), weakest first:
// the database picks a development's best source as the highest rank.
const GRADES: Grade[] = RELIABILITY_KEYS.flatMap((reliability) => CREDIBILITY_VALUES.map((credibility) => ({ reliability, credibility })))
  .sort((a, b) => bestSourceFactor([a]) - bestSourceFactor([b]));

// Built from constants only (no input reaches it): one branch per grade.
const BEST_RANK = Prisma.raw(
  `MAX(CASE ${GRADES.map((g, rank) => `WHEN s."reliability" = '${g.reliability}' AND s."credibility" = ${g.credibility} THEN ${rank}`).join(" ")} END)`,
);

type GroupRow = { expectationId: string; stance: string; best: number | bigint | null; n: number | bigint };

/** Live links per expectation, stance and best source grade, for developments on or before `asOf`. */
async function evidenceGroups(db: Db, asOf: Date): Promise<GroupRow[]> {
  return db.$queryRaw<GroupRow[]>`
    SELECT x."expectationId" AS "expectationId", x."stance" AS "stance", x."best" AS "best", COUNT(*) AS "n"
    FROM (
      SELECT l."expectationId" AS "expectationId", l."stance" AS "stance",
        (SELECT ${BEST_RANK} FROM "Source" s WHERE s."developmentId" = l."developmentId" AND s."deletedAt" IS NULL) AS "best"
      FROM "EvidenceLink" l
      WHERE l."deletedAt" IS NULL
        AND l."developmentId" IN (SELECT d."id" FROM "Development" d WHERE d."deletedAt" IS NULL AND d."occurredOn" <= ${asOf})
    ) x
    GROUP BY x."expectationId", x."stance", x."best"`;
}

const LONG_AGO = new Date(0);

export async function dashboardFacts(db: Db, asOf: Date): Promise<ExpectationFacts[]> {
  const [rows, groups] = await Promise.all([
    db.expectation.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true, kind: true, deadline: true, confirmThreshold: true, contradictThreshold: true, conditionId: true, questionGroup: true,
        statusChanges: { where: { mode: { in: ["OVERRIDE", "RELEASE"] } }, orderBy: { changedAt: "desc" }, take: 1, select: { mode: true, toStatus: true, changedAt: true } },
      },
    }),
    evidenceGroups(db, asOf),
  ]);
  const evidence = new Map<string, EvidenceItem[]>();
  for (const g of groups) {
    const grade = g.best === null ? null : GRADES[Number(g.best)];
    // Stand-ins: same stance, same best grade, so the same weight as each real link. They
    // happened by asOf (the query saw to that) and carry no link time, so they never
    // count as evidence newer than an override: the dashboard shows no review flags.
    const item: EvidenceItem = {
      linkId: `${g.expectationId}:${g.stance}:${g.best ?? "-"}`,
      developmentId: "",
      occurredOn: LONG_AGO,
      linkedAt: LONG_AGO,
      stance: g.stance,
      sources: grade ? [grade] : [],
    };
    const list = evidence.get(g.expectationId) ?? [];
    for (let i = Number(g.n); i > 0; i--) list.push(item);
    evidence.set(g.expectationId, list);
  }
  return rows.map((r) => factsOf(r, evidence.get(r.id) ?? []));
}
