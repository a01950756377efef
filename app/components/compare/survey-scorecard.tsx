// One survey's scorecard on the comparison page: the same figures as the
// dashboard's (lib/judgement/score-panel.ts), compact enough for two side by side.
import { StatusBadge } from "@/app/components/status-badge";
import type { ComparisonSide } from "@/lib/surveys/compare-surveys";
import { localized } from "@/lib/i18n/locales";
import { MIN_QUESTIONS, type BrierSummary } from "@/lib/judgement/score-panel";
import { STATUSES } from "@/lib/judgement/rule";
import { serverI18n } from "@/lib/web/i18n/server";

type Side = Pick<ComparisonSide, "survey" | "score" | "counts">;

export async function SurveyScorecard({ side, id }: { side: Side; id: string }) {
  const { t, f, locale } = await serverI18n();
  const { survey, score, counts } = side;
  const brier = (v: number | null) => (v === null ? t("dashboard.notYet") : v.toFixed(3));
  const verdict = (row: BrierSummary) => (row.verdict === "none" ? t("common.none") : t(`dashboard.verdict.${row.verdict}`, { min: MIN_QUESTIONS }));
  return (
    <section aria-labelledby={`${id}-heading`} className="panel" data-testid={`scorecard-${survey.slug}`}>
      <h2 id={`${id}-heading`}>{localized(locale, survey.title, survey.titleKo)}</h2>
      <p className="meta">
        {t("compare.surveyFacts", {
          organisation: localized(locale, survey.organisation, survey.organisationKo),
          panel: survey.panelSize,
          published: f.date(survey.publishedOn),
        })}
      </p>
      <ul className="counts" aria-label={t("dashboard.countsLabel")}>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className="count">{counts[s]}</span> <StatusBadge status={s} />
          </li>
        ))}
      </ul>
      <p className="meta">{t("dashboard.questionCounts", { n: score.overall.n, open: score.open, void: score.void, unscored: score.unscored })}</p>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <caption className="meta">{t("dashboard.scorecard")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.scope")}</th>
              <th scope="col">{t("dashboard.judged")}</th>
              <th scope="col">{t("dashboard.brier")}</th>
              <th scope="col">{t("dashboard.vsUniform")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("dashboard.overall")}</th>
              <td>{score.overall.n}</td>
              <td>{brier(score.overall.brier)}</td>
              <td>{verdict(score.overall)}</td>
            </tr>
            {score.byTheme.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{t(`themes.${row.theme}`)}</th>
                <td>{row.n}</td>
                <td>{brier(row.brier)}</td>
                <td>{verdict(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
