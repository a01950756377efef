// Which expectations anything was written about since a moment: links,
// their developments and sources, the expectation itself, an analyst's
// override or release, a survey's coverage. Each question reads one index
// (docs/decisions/0050), so asking costs milliseconds whatever the record's size.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";

/** Links of these developments, a thousand ids per statement (both databases cap a statement's parameters). */
async function linksOfDevelopments(db: Db, ids: string[]) {
  const found: { expectationId: string }[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    found.push(
      ...(await db.evidenceLink.findMany({
        where: { developmentId: { in: ids.slice(i, i + 1000) } },
        select: { expectationId: true },
        distinct: ["expectationId"],
      })),
    );
  }
  return found;
}

export async function changedSince(db: Db, since: Date): Promise<Set<string>> {
  const after = { gt: since };
  const ofLinks = (where: Prisma.EvidenceLinkWhereInput) => db.evidenceLink.findMany({ where, select: { expectationId: true }, distinct: ["expectationId"] });
  // Sources first, then their developments' links: a relation filter ("links whose development
  // has some source added since") reads every link, seconds at a million.
  const sourcesOf = (where: Prisma.SourceWhereInput) => db.source.findMany({ where, select: { developmentId: true }, distinct: ["developmentId"] });
  const [links, developments, added, removed, expectations, overrides, coverage] = await Promise.all([
    ofLinks({ updatedAt: after }),
    ofLinks({ development: { updatedAt: after } }),
    sourcesOf({ createdAt: after }),
    sourcesOf({ deletedAt: after }),
    db.expectation.findMany({ where: { updatedAt: after }, select: { id: true } }),
    db.statusChange.findMany({ where: { mode: { in: ["OVERRIDE", "RELEASE"] }, recordedAt: after }, select: { expectationId: true } }),
    db.coverageMark.findMany({ where: { setAt: after }, select: { surveyId: true } }),
  ]);
  const ofSources = await linksOfDevelopments(db, [...new Set([...added, ...removed].map((s) => s.developmentId))]);
  const ids = new Set<string>();
  for (const list of [links, developments, ofSources]) for (const l of list) ids.add(l.expectationId);
  for (const e of expectations) ids.add(e.id);
  for (const o of overrides) ids.add(o.expectationId);
  if (coverage.length) {
    const surveys = [...new Set(coverage.map((c) => c.surveyId))];
    for (const e of await db.expectation.findMany({ where: { surveyId: { in: surveys } }, select: { id: true } })) ids.add(e.id);
  }
  return ids;
}

// Every stamp changedSince asks about, as (table, column, extra condition).
const STAMPS = [
  ["evidenceLink", "updatedAt", {}],
  ["development", "updatedAt", {}],
  ["source", "createdAt", {}],
  // Nullable: PostgreSQL sorts NULL first in descending order, so only removed sources count.
  ["source", "deletedAt", { deletedAt: { not: null } }],
  ["expectation", "updatedAt", {}],
  ["statusChange", "recordedAt", { mode: { in: ["OVERRIDE", "RELEASE"] } }],
  ["coverageMark", "setAt", {}],
] as const;

type Delegate = {
  findFirst(a: { where: object; orderBy: object; select: object }): Promise<Record<string, Date | null> | null>;
  count(a: { where: object }): Promise<number>;
};
const delegate = (db: Db, table: (typeof STAMPS)[number][0]) => db[table] as unknown as Delegate;

/**
 * What a run has seen: the latest stamp on anything changedSince asks about,
 * and how many stamps fall in the margin before it. The writes' own stamps,
 * not the run's clock, so a slot's `now` and the writers' clocks never mix.
 * A later run that finds the same latest stamp and the same counts knows that
 * nothing was written since, not even a late commit stamped inside the margin
 * (a stamp only ever moves forward, so a row can only enter the margin, or
 * pass the latest stamp).
 */
export async function seenWrites(db: Db, marginMs: number, latest?: Date | null): Promise<{ latest: Date | null; window: string }> {
  if (latest === undefined) {
    const found = await Promise.all(
      // The newest row by the stamp's index, not an aggregate: Prisma wraps _max in a sub-select
      // that reads the whole table (0.1–0.45 s per stamp at a million links).
      STAMPS.map(([table, column, where]) =>
        delegate(db, table)
          .findFirst({ where, orderBy: { [column]: "desc" }, select: { [column]: true } })
          .then((r) => r?.[column] ?? null),
      ),
    );
    const times = found.filter((d): d is Date => d !== null).map((d) => d.getTime());
    latest = times.length ? new Date(Math.max(...times)) : null;
  }
  if (!latest) return { latest, window: "[]" };
  const from = new Date(latest.getTime() - marginMs);
  const counts = await Promise.all(STAMPS.map(([table, column, where]) => delegate(db, table).count({ where: { ...where, [column]: { gt: from } } })));
  return { latest, window: JSON.stringify(counts) };
}
