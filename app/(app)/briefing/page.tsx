// A briefing as of a day, one A4 sheet for a team meeting, in the reader's
// language; print it, or download the same content as a PDF made on the server.
import { currentSurveyForPage } from "@/app/components/surveys/current";
import { getTranslations } from "next-intl/server";
import { loadBriefing } from "@/lib/analysis/briefing";
import { briefingContent } from "@/lib/analysis/briefing-content";
import { briefingDays } from "@/lib/analysis/briefing-params";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("instruments.briefing.pageTitle") };
}

export default async function BriefingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const pick = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : undefined);
  const days = briefingDays({ asOf: pick("asOf"), since: pick("since") }, new Date());
  const { t, f, locale } = await serverI18n();
  const c = briefingContent(await loadBriefing(getDb(), await signedInActor(), { ...days, surveyId: (await currentSurveyForPage())?.id }), t, f, locale);
  const k = (key: string) => t(`instruments.briefing.${key}`);
  const query = new URLSearchParams({ asOf: days.asOfDay, since: days.sinceDay }).toString();
  return (
    <main className="briefing">
      <form method="get" className="inline as-of no-print" aria-label={k("form")}>
        <div className="field">
          <label htmlFor="briefing-as-of">{k("asOf")}</label>
          <input id="briefing-as-of" name="asOf" type="date" defaultValue={days.asOfDay} max={new Date().toISOString().slice(0, 10)} />
        </div>
        <div className="field">
          <label htmlFor="briefing-since">{k("since")}</label>
          <input id="briefing-since" name="since" type="date" defaultValue={days.sinceDay} max={days.asOfDay} />
        </div>
        <button type="submit">{k("show")}</button>
        <a href={`/api/briefing.pdf?${query}`} download data-testid="briefing-pdf">
          {k("downloadPdf")}
        </a>
      </form>
      <article className="briefing-sheet" aria-labelledby="briefing-title">
        <h1 id="briefing-title">{c.title}</h1>
        <p className="meta">{c.subtitle}</p>
        <ol className="briefing-items">
          {c.items.map((item) => (
            <li key={item.id} data-testid="briefing-item" data-status={item.statusCode}>
              <p className="briefing-statement">
                <span className="meta">{item.theme} · </span>
                {item.statement}
              </p>
              <p className="briefing-status">
                <strong>{item.statusLine}</strong>
                {item.reason ? ` — ${item.reason}` : null}
              </p>
              {item.evidence.length ? (
                <ul className="briefing-evidence">
                  {item.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : null}
              {item.warnings.map((w) => (
                <p key={w} className="briefing-warning" role="note">
                  {w}
                </p>
              ))}
            </li>
          ))}
        </ol>
        <h2>{c.changesTitle}</h2>
        <ul className="briefing-changes">
          {c.changes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        <h2>{c.scorecardTitle}</h2>
        {c.scorecard.map((line) => (
          <p key={line} className="briefing-score">
            {line}
          </p>
        ))}
        <p className="meta">{c.footer}</p>
      </article>
    </main>
  );
}
