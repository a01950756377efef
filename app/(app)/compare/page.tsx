// Two surveys compared: their scorecards side by side, then their expectations
// on each shared theme next to each other with today's statuses (issue 17).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SurveyScorecard } from "@/app/components/compare/survey-scorecard";
import { StatusBadge } from "@/app/components/status-badge";
import { currentSurveyForPage, surveysForPage } from "@/app/components/surveys/current";
import { getDb } from "@/lib/db";
import { statementIn } from "@/lib/expectations/localize";
import { localized } from "@/lib/i18n/locales";
import { dayOf } from "@/lib/judgement/rule";
import { compareSurveys, type Comparison } from "@/lib/surveys/compare-surveys";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("compare.title") };
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const pick = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string).slice(0, 80) : undefined);
  const [{ t, f, locale }, surveys, current] = await Promise.all([serverI18n(), surveysForPage(), currentSurveyForPage()]);
  const title = (s: { title: string; titleKo: string | null }) => localized(locale, s.title, s.titleKo);
  if (surveys.length < 2 || !current)
    return (
      <main>
        <h1>{t("compare.title")}</h1>
        <p className="empty">{t("compare.needTwo")}</p>
      </main>
    );
  // By default: the survey the person is looking at, against the first other one.
  const known = new Set(surveys.map((s) => s.slug));
  const a = pick("a") && known.has(pick("a")!) ? pick("a")! : current.slug;
  const fallbackB = surveys.find((s) => s.slug !== a)!.slug;
  const b = pick("b") && known.has(pick("b")!) ? pick("b")! : fallbackB;
  const today = new Date();
  const comparison = await compareSurveys(getDb(), await signedInActor(), { a, b, view: { day: dayOf(today), knownThen: false } });
  return (
    <main>
      <h1>{t("compare.title")}</h1>
      <form method="get" className="inline" aria-label={t("compare.choose")}>
        {(["a", "b"] as const).map((side) => (
          <div className="field" key={side}>
            <label htmlFor={`compare-${side}`}>{t(side === "a" ? "compare.first" : "compare.second")}</label>
            <select id={`compare-${side}`} name={side} defaultValue={side === "a" ? a : b}>
              {surveys.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {title(s)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit">{t("compare.show")}</button>
      </form>
      <p className="meta" role="status">
        {t("compare.state", { date: f.date(today) })}
      </p>
      {comparison ? <Sides comparison={comparison} /> : null}
      {comparison ? <Themes comparison={comparison} /> : null}
      <p className="meta">
        <Link href="/">{t("nav.dashboard")}</Link>
      </p>
    </main>
  );
}

function Sides({ comparison }: { comparison: Comparison }) {
  return (
    <div className="dashboard-grid">
      <SurveyScorecard side={comparison.a} id="compare-a" />
      <SurveyScorecard side={comparison.b} id="compare-b" />
    </div>
  );
}

async function Themes({ comparison }: { comparison: Comparison }) {
  const { t, f, locale } = await serverI18n();
  const sides = [comparison.a, comparison.b] as const;
  const cell = (list: Comparison["themes"][number]["a"]) =>
    list.length === 0 ? (
      <span className="meta">{t("compare.nothingOnTheme")}</span>
    ) : (
      <ul className="plain">
        {list.map((e) => (
          <li key={e.id}>
            <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>{" "}
            <span className="meta">{e.panelShare !== null ? `(${f.percent(e.panelShare)}) ` : ""}</span>
            <StatusBadge status={e.status} />
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="compare-themes">
      <h2 id="compare-themes">{t("compare.byTheme")}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table className="cards compare-table" data-testid="compare-themes">
          <caption className="meta">{t("compare.byThemeCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("compare.theme")}</th>
              {sides.map((s) => (
                <th scope="col" key={s.survey.slug}>
                  {localized(locale, s.survey.title, s.survey.titleKo)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.themes.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{t(`themes.${row.theme}`)}</th>
                <td data-label={localized(locale, comparison.a.survey.title, comparison.a.survey.titleKo)}>{cell(row.a)}</td>
                <td data-label={localized(locale, comparison.b.survey.title, comparison.b.survey.titleKo)}>{cell(row.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
