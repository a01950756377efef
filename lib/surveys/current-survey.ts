// The survey a person is looking at: the one they last chose (kept on their
// account, so it follows them to another browser), or the first loaded when
// they have not chosen or their choice is gone. Every page that shows one
// survey's expectations asks this first and scopes its queries by the answer.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { surveySummarySelect } from "./list-surveys";

export async function currentSurvey(db: Db, actor: Actor | null) {
  const reader = requireAbility(actor, "read");
  const user = await db.user.findUnique({ where: { id: reader.userId }, select: { selectedSurvey: { select: surveySummarySelect } } });
  if (user?.selectedSurvey) return user.selectedSurvey;
  return db.survey.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: surveySummarySelect });
}

export type CurrentSurvey = NonNullable<Awaited<ReturnType<typeof currentSurvey>>>;

/** A survey by its slug (the comparison page's query), or null. */
export async function surveyBySlug(db: Db, actor: Actor | null, slug: string) {
  requireAbility(actor, "read");
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return db.survey.findUnique({ where: { slug }, select: surveySummarySelect });
}
