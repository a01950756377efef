// The dashboard's expectations on the as-of day (?asOf=YYYY-MM-DD; absent,
// invalid or future: today) as CSV in the reader's language, for the survey
// the person is looking at (issue 17).
import { asOfFrom } from "@/lib/dashboard/as-of";
import { expectationsCsv } from "@/lib/export/expectations-csv";
import { currentSurvey } from "@/lib/surveys/current-survey";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db, locale }) => {
  const asOf = asOfFrom(url.searchParams.get("asOf") ?? undefined, new Date());
  const survey = await currentSurvey(db, actor);
  return {
    body: await expectationsCsv(db, actor, { asOf: asOf.at, locale, surveyId: survey?.id }),
    contentType: "text/csv; charset=utf-8",
    filename: `expectations-${survey ? `${survey.slug}-` : ""}${asOf.day}.csv`,
  };
});
