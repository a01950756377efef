import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export const surveySummarySelect = {
  id: true,
  slug: true,
  organisation: true,
  organisationKo: true,
  title: true,
  titleKo: true,
  panelSize: true,
  fieldworkStart: true,
  fieldworkEnd: true,
  publishedOn: true,
} as const;

/** Every survey, the first loaded first, with how many expectations it holds. */
export async function listSurveys(db: Db, actor: Actor | null) {
  requireAbility(actor, "read");
  const rows = await db.survey.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...surveySummarySelect, reviewPolicy: true, _count: { select: { expectations: true } } },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, expectations: _count.expectations }));
}

export type SurveySummary = Awaited<ReturnType<typeof listSurveys>>[number];
