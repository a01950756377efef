// The briefing (same parameters as /briefing) as an A4 PDF in the reader's language.
import { loadBriefing } from "@/lib/analysis/briefing";
import { briefingContent } from "@/lib/analysis/briefing-content";
import { briefingDays } from "@/lib/analysis/briefing-params";
import { briefingPdf } from "@/lib/analysis/briefing-pdf";
import { webSettings } from "@/lib/settings/web";
import { formattersFor } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { currentSurvey } from "@/lib/surveys/current-survey";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db, locale }) => {
  const days = briefingDays({ asOf: url.searchParams.get("asOf") ?? undefined, since: url.searchParams.get("since") ?? undefined }, new Date());
  const survey = await currentSurvey(db, actor);
  const data = await loadBriefing(db, actor, { ...days, surveyId: survey?.id });
  const content = briefingContent(data, await translatorFor(locale), formattersFor(locale), locale);
  const { BRIEFING_FONT_PATH: path, BRIEFING_FONT_FAMILY: family } = webSettings();
  return {
    body: (await briefingPdf(content, { path, family })) as Uint8Array<ArrayBuffer>,
    contentType: "application/pdf",
    filename: `briefing-${days.asOfDay}-${locale}.pdf`,
  };
});
