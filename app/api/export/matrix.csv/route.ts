// The evidence matrix (same parameters as /matrix) as CSV in the reader's language.
import { matrixCsv } from "@/lib/analysis/matrix-csv";
import { matrixQueryFrom } from "@/lib/analysis/matrix-params";
import { currentSurvey } from "@/lib/surveys/current-survey";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db, locale }) => {
  const p = Object.fromEntries(["scope", "asOf", "from", "to", "grade", "sort"].map((k) => [k, url.searchParams.get(k)?.slice(0, 100) ?? undefined]));
  const q = matrixQueryFrom(p, new Date());
  // The survey the person is looking at (issue 17), as on the page.
  const survey = await currentSurvey(db, actor);
  return {
    body: await matrixCsv(db, actor, { ...q, surveyId: survey?.id, locale }),
    contentType: "text/csv; charset=utf-8",
    filename: `evidence-matrix-${q.params.scope.replace(/[^a-z0-9-]/gi, "-")}-${q.params.asOf}.csv`,
  };
});
