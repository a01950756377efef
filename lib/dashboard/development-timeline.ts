// The timeline: developments per month (a count per day from the database,
// summed here, so 100,000 rows never travel), and markers for the developments
// linked to the chosen expectations, each with the stance it was linked with.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { requireAbility, type Actor } from "../auth/actor";
import { STANCE_VALUE, type Stance } from "../judgement/rule";

/** `knownThen`: only developments logged by `asOf` (the dashboard's "as known then"). */
export type TimelineFilter = { asOf: Date; knownThen?: boolean; theme?: string; expectationId?: string };

function linkFilter(f: TimelineFilter): Prisma.EvidenceLinkWhereInput | null {
  if (f.expectationId) return { deletedAt: null, expectationId: f.expectationId };
  if (f.theme) return { deletedAt: null, expectation: { theme: f.theme } };
  return null;
}

export async function developmentTimeline(db: Db, actor: Actor | null, f: TimelineFilter, markerLimit = 300) {
  requireAbility(actor, "read");
  const links = linkFilter(f);
  const logged = f.knownThen ? { createdAt: { lte: f.asOf } } : {};
  const where: Prisma.DevelopmentWhereInput = { deletedAt: null, occurredOn: { lte: f.asOf }, ...logged, ...(links ? { evidenceLinks: { some: links } } : {}) };
  const [perDay, markers] = await Promise.all([
    db.development.groupBy({ by: ["occurredOn"], where, _count: { _all: true } }),
    // Newest linked developments first, walking Development(deletedAt, occurredOn, id)
    // and stopping after `markerLimit`. Ordering the links by their development's
    // date instead made SQLite join and sort every link (235 ms of 360 at 100,000
    // developments, bench/dashboard.ts) to keep 300.
    db.development.findMany({
      where: { deletedAt: null, occurredOn: { lte: f.asOf }, ...logged, evidenceLinks: { some: links ?? { deletedAt: null } } },
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: markerLimit,
      select: {
        id: true,
        title: true,
        occurredOn: true,
        evidenceLinks: { where: links ?? { deletedAt: null }, orderBy: { id: "asc" }, select: { id: true, stance: true, expectationId: true } },
      },
    }),
  ]);
  const months = new Map<string, number>();
  for (const row of perDay) {
    const month = row.occurredOn.toISOString().slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + row._count._all);
  }
  return {
    months: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    markers: markers
      .flatMap((d) =>
        d.evidenceLinks.map((l) => ({
          linkId: l.id,
          developmentId: d.id,
          title: d.title,
          day: d.occurredOn.toISOString().slice(0, 10),
          stance: l.stance,
          value: STANCE_VALUE[l.stance],
          expectationId: l.expectationId,
        })),
      )
      .slice(0, markerLimit)
      .reverse(),
  };
}
