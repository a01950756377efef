import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

/** The baseline survey (the first loaded), for the pages that introduce it. */
export async function getBaselineSurvey(db: Db, actor: Actor | null) {
  requireAbility(actor, "read");
  return db.survey.findFirst({
    orderBy: { createdAt: "asc" },
    select: { organisation: true, organisationKo: true, title: true, titleKo: true, panelSize: true, fieldworkStart: true, fieldworkEnd: true },
  });
}
