// The dashboard's table as a spreadsheet: every expectation as judged on the
// as-of day (the same state dashboardState reads, in valid time), with its share, status,
// net score and thresholds. Headers and words in the reader's language;
// codes beside the words for anyone filtering or joining the file.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { dashboardState } from "../dashboard/dashboard-state";
import { dayOf } from "../judgement/rule";
import { exportHeaders, type ExportHeaderKey } from "../i18n/export-headers";
import { localized, type Locale } from "../i18n/locales";
import { csvDocument, type Cell } from "./csv";
import { labelsFor } from "./labels";

export const EXPECTATION_COLUMNS = [
  "key",
  "theme",
  "statement",
  "answer",
  "panelShare",
  "status",
  "statusCode",
  "netScore",
  "confirmThreshold",
  "contradictThreshold",
  "asOf",
] as const satisfies readonly ExportHeaderKey[];

export async function expectationsCsv(db: Db, actor: Actor | null, o: { asOf: Date; locale: Locale; surveyId?: string }): Promise<string> {
  requireAbility(actor, "read");
  const [state, labels] = await Promise.all([
    dashboardState(db, actor, { day: dayOf(o.asOf), knownThen: false }, { surveyId: o.surveyId }),
    labelsFor(o.locale),
  ]);
  const day = o.asOf.toISOString().slice(0, 10);
  const rows: Cell[][] = state.expectations.map((e) => [
    e.key,
    labels.theme(e.theme),
    localized(o.locale, e.statement, e.statementKo),
    e.answerLabel ? localized(o.locale, e.answerLabel, e.answerLabelKo) : "",
    e.panelShare,
    labels.status(e.status),
    e.status,
    e.netScore,
    e.confirmThreshold,
    e.contradictThreshold,
    day,
  ]);
  return csvDocument([exportHeaders(o.locale, EXPECTATION_COLUMNS), ...rows]);
}
