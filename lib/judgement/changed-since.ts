// Which expectations anything was written about since a moment: links,
// their developments and sources, the expectation itself, an analyst's
// override or release, a survey's coverage. Each question reads one index
// (docs/decisions/0050), so asking costs milliseconds whatever the record's size.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";

export async function changedSince(db: Db, since: Date): Promise<Set<string>> {
  const after = { gt: since };
  const ofLinks = (where: Prisma.EvidenceLinkWhereInput) => db.evidenceLink.findMany({ where, select: { expectationId: true }, distinct: ["expectationId"] });
  const [links, developments, added, removed, expectations, overrides, coverage] = await Promise.all([
    ofLinks({ updatedAt: after }),
    ofLinks({ development: { updatedAt: after } }),
    ofLinks({ development: { sources: { some: { createdAt: after } } } }),
    ofLinks({ development: { sources: { some: { deletedAt: after } } } }),
    db.expectation.findMany({ where: { updatedAt: after }, select: { id: true } }),
    db.statusChange.findMany({ where: { mode: { in: ["OVERRIDE", "RELEASE"] }, recordedAt: after }, select: { expectationId: true } }),
    db.coverageMark.findMany({ where: { setAt: after }, select: { surveyId: true } }),
  ]);
  const ids = new Set<string>();
  for (const list of [links, developments, added, removed]) for (const l of list) ids.add(l.expectationId);
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
  ["source", "deletedAt", {}],
  ["expectation", "updatedAt", {}],
  ["statusChange", "recordedAt", { mode: { in: ["OVERRIDE", "RELEASE"] } }],
  ["coverageMark", "setAt", {}],
] as const;

type Delegate = {
  aggregate(a: { where: object; _max: object }): Promise<{ _max: Record<string, Date | null> }>;
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
      STAMPS.map(([table, column, where]) =>
        delegate(db, table)
          .aggregate({ where, _max: { [column]: true } })
          .then((r) => r._max[column] ?? null),
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
