// The one loader of the rule's facts, for jobs, pages and the dashboard: flat
// rows in the shape the rule needs (docs/decisions/0040). The links come from
// one SQL query with each development's best source computed by the database
// in the rule's own order (rule/grades.ts), so nothing loads object graphs of
// developments and sources. Removed links and developments are loaded too,
// with when they were removed: "as known then" needs what was live then.
import { rowReaderOf, type Db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import { HAND_MODES, isHandMode, wordOf } from "../vocabulary";
import { STANCE_KEYS } from "../evidence/stances";
import { heldBy, latestReviewByLink, type MarkReview } from "../review/held-mark";
import { compareGrades, dayOf, DECISIVE_MARKS, parseGrade, type Facts, type Grade, type LinkFact } from "./rule";

// Every grade, best first: the database picks the lowest rank among a development's sources.
const GRADES: Grade[] = ["A", "B", "C", "D", "E", "F"]
  .flatMap((reliability) => [1, 2, 3, 4, 5, 6].map((credibility) => ({ reliability, credibility })))
  .sort(compareGrades);

// Built from constants only (no input reaches it): one branch per grade.
const BEST_RANK = Prisma.raw(
  `MIN(CASE ${GRADES.map((g, rank) => `WHEN s."reliability" = '${g.reliability}' AND s."credibility" = ${g.credibility} THEN ${rank}`).join(" ")} END)`,
);

// The columns the loader selects, in order: rows arrive as arrays (lib/db/row-reader.ts).
const COLUMNS = [
  `l."id"`,
  `l."developmentId"`,
  `l."expectationId"`,
  `d."occurredOn"`,
  `l."createdAt"`,
  `d."createdAt"`,
  `l."deletedAt"`,
  `d."deletedAt"`,
  `l."stance"`,
  `l."decisive"`,
] as const;
type LinkRow = [string, string, string, unknown, unknown, unknown, unknown, unknown, string, string, number | bigint | string | null];

/** Dates arrive as Date (Prisma on PostgreSQL), ISO text (SQLite, and the reader on PostgreSQL) or stored numbers. */
function ms(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "number" || typeof v === "bigint") return Number(v);
  const text = String(v);
  const n = Number(text);
  if (Number.isFinite(n)) return n;
  // PostgreSQL's text has a space where ISO has a T, and no zone: the columns hold UTC.
  return Date.parse(text.includes("T") ? text : `${text.replace(" ", "T")}Z`);
}

function linkFact([
  linkId,
  developmentId,
  expectationId,
  occurredOn,
  linkCreatedAt,
  developmentCreatedAt,
  linkDeletedAt,
  developmentDeletedAt,
  stance,
  decisive,
  best,
]: LinkRow): LinkFact {
  const removed = [ms(linkDeletedAt), ms(developmentDeletedAt)].filter((v): v is number => v !== null);
  return {
    linkId,
    developmentId,
    expectationId,
    day: dayOf(ms(occurredOn)!),
    // A link is known once both it and its development have been logged.
    recordedAt: Math.max(ms(linkCreatedAt)!, ms(developmentCreatedAt)!),
    removedAt: removed.length ? Math.min(...removed) : null,
    stance: wordOf(STANCE_KEYS, stance, "EvidenceLink.stance"),
    decisive: wordOf(DECISIVE_MARKS, decisive, "EvidenceLink.decisive"),
    grade: best === null ? null : GRADES[Number(best)]!,
  };
}

/**
 * Links of the given expectations only, or of all when `ids` is absent: a batch holds no more than it needs.
 * Read through the driver when the client has a reader; a transaction's client goes through Prisma.
 */
async function loadLinks(db: Db, ids?: string[]): Promise<LinkFact[]> {
  if (ids && ids.length === 0) return [];
  const only = ids ? Prisma.sql`WHERE l."expectationId" IN (${Prisma.join(ids)})` : Prisma.empty;
  const query = Prisma.sql`
    SELECT ${Prisma.raw(COLUMNS.map((c, i) => `${c} AS "c${i}"`).join(", "))},
      (SELECT ${BEST_RANK} FROM "Source" s WHERE s."developmentId" = l."developmentId" AND s."deletedAt" IS NULL) AS "best"
    FROM "EvidenceLink" l JOIN "Development" d ON d."id" = l."developmentId" ${only}`;
  const reader = rowReaderOf(db);
  if (reader) return (await reader.rows(query)).map((row) => linkFact(row as LinkRow));
  const rows = await db.$queryRaw<Record<string, unknown>[]>(query);
  return rows.map((row) => linkFact(Object.values(row) as LinkRow));
}

/**
 * A decisive mark whose latest review is not an approval of that very mark
 * weighs as an ordinary link: it waits for a second analyst, or was returned
 * (docs/decisions/0079). Links never reviewed keep their mark.
 */
function withoutHeldMarks(links: LinkFact[], reviews: MarkReview[]): LinkFact[] {
  if (reviews.length === 0) return links;
  const latest = latestReviewByLink(reviews);
  return links.map((l) => (heldBy(l.decisive, latest.get(l.linkId)) ? { ...l, decisive: "NONE" } : l));
}

/**
 * The facts of the whole record, or of some expectations only (`expectationIds`):
 * the evaluation loads one batch of expectations at a time, closed under
 * conditions and question groups (plan-batches.ts), so memory follows the batch.
 */
export async function loadFacts(db: Db, scope?: { expectationIds: string[] }): Promise<Facts> {
  const ids = scope?.expectationIds;
  const [expectations, loadedLinks, overrides, coverage, reviews] = await Promise.all([
    db.expectation.findMany({
      where: ids ? { id: { in: ids } } : undefined,
      orderBy: { id: "asc" },
      select: {
        id: true,
        surveyId: true,
        kind: true,
        deadline: true,
        confirmThreshold: true,
        contradictThreshold: true,
        conditionId: true,
        questionGroup: true,
        survey: { select: { minDecisiveGrade: true } },
      },
    }),
    loadLinks(db, ids),
    db.statusChange.findMany({
      where: { mode: { in: [...HAND_MODES] }, supersededAt: null, ...(ids ? { expectationId: { in: ids } } : {}) },
      orderBy: { recordedAt: "asc" },
      select: { expectationId: true, mode: true, toStatus: true, recordedAt: true },
    }),
    db.coverageMark.findMany({ select: { surveyId: true, throughDay: true, setAt: true } }),
    db.review.findMany({
      where: { kind: "DECISIVE_LINK", ...(ids ? { expectationId: { in: ids } } : {}) },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: { linkId: true, state: true, requestedMark: true },
    }),
  ]);
  const links = withoutHeldMarks(loadedLinks, reviews);
  return {
    expectations: expectations.map(({ survey, deadline, ...e }) => ({
      ...e,
      deadline: deadline ? dayOf(deadline) : null,
      minDecisiveGrade: parseGrade(survey.minDecisiveGrade) ?? { reliability: "B", credibility: 2 },
    })),
    links,
    overrides: overrides.flatMap(({ mode, ...o }) =>
      isHandMode(mode) ? [{ expectationId: o.expectationId, mode, status: o.toStatus, at: o.recordedAt.getTime() }] : [],
    ),
    coverage: coverage.map((c) => ({ surveyId: c.surveyId, throughDay: dayOf(c.throughDay), setAt: c.setAt.getTime() })),
  };
}
