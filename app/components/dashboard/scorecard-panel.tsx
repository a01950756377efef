import Link from "next/link";
import { CalibrationChart } from "@/app/components/charts/calibration-chart";
import { ChartFigure } from "@/app/components/charts/chart-figure";
import { dashboardStateFor } from "./data";
import { statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";
import type { AsOfView } from "@/lib/judgement/judged-as-of";
import { COIN_FLIP_BRIER, MIN_QUESTIONS, type BrierSummary } from "@/lib/judgement/score-panel";

/** How well the expert panel has done, one survey question at a time: Brier against a uniform guess, calibration, confident misses. */
export async function ScorecardPanel({ view }: { view: AsOfView }) {
  const { t, f, locale } = await serverI18n();
  const { expectations, score, team } = await dashboardStateFor(view.day, view.knownThen);
  const brier = (v: number | null) => (v === null ? t("dashboard.notYet") : v.toFixed(3));
  const verdict = (row: BrierSummary) => (row.verdict === "none" ? t("common.none") : t(`dashboard.verdict.${row.verdict}`, { min: MIN_QUESTIONS }));
  const misses = expectations.filter((e) => score.confidentMisses.includes(e.id));
  const pct = (v: number) => f.percent(v);
  return (
    <section aria-labelledby="scorecard-heading" className="panel">
      <h2 id="scorecard-heading">{t("dashboard.scorecard")}</h2>
      <p className="meta">{t("dashboard.scorecardNote", { coin: COIN_FLIP_BRIER })}</p>
      <p className="meta" data-testid="scorecard-counts">
        {t("dashboard.questionCounts", { n: score.overall.n, open: score.open, void: score.void, unscored: score.unscored })}
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.scope")}</th>
              <th scope="col">{t("dashboard.judged")}</th>
              <th scope="col">{t("dashboard.brier")}</th>
              <th scope="col">{t("dashboard.uniform")}</th>
              <th scope="col">{t("dashboard.vsUniform")}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="brier-overall">
              <th scope="row">{t("dashboard.overall")}</th>
              <td>{score.overall.n}</td>
              <td>{brier(score.overall.brier)}</td>
              <td>{brier(score.overall.uniform)}</td>
              <td>{verdict(score.overall)}</td>
            </tr>
            {score.byTheme.map((row) => (
              <tr key={row.theme} data-testid={`brier-${row.theme}`}>
                <th scope="row">{t(`themes.${row.theme}`)}</th>
                <td>{row.n}</td>
                <td>{brier(row.brier)}</td>
                <td>{brier(row.uniform)}</td>
                <td>{verdict(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id="team-score-heading">{t("dashboard.team.title")}</h3>
      <p className="meta">{t("dashboard.team.note")}</p>
      <div className="table-scroll" tabIndex={0}>
        <table aria-labelledby="team-score-heading">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.team.scope")}</th>
              <th scope="col">{t("dashboard.team.team")}</th>
              <th scope="col">{t("dashboard.team.panel")}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="brier-team">
              <td>{team.n}</td>
              <td>{brier(team.team)}</td>
              <td>{brier(team.panel)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p data-testid="team-verdict">
        {t(`dashboard.team.verdict.${team.verdict}`, { n: team.n })}
        {team.tooFew ? <> {t("dashboard.team.tooFew", { min: MIN_QUESTIONS })}</> : null}
      </p>
      <ChartFigure
        id="calibration"
        caption={t("dashboard.calibration")}
        summary={t("dashboard.calibrationSummary", { buckets: score.calibration.length })}
        tableLabel={t("dashboard.showTable")}
        chart={
          <CalibrationChart
            buckets={score.calibration}
            labels={{ forecast: t("dashboard.forecast"), observed: t("dashboard.observed"), perfect: t("dashboard.perfect") }}
          />
        }
        table={
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.band")}</th>
                  <th scope="col">{t("dashboard.judged")}</th>
                  <th scope="col">{t("dashboard.forecast")}</th>
                  <th scope="col">{t("dashboard.observed")}</th>
                </tr>
              </thead>
              <tbody>
                {score.calibration.map((b) => (
                  <tr key={b.from}>
                    <td>
                      {pct(b.from)}–{pct(b.to)}
                    </td>
                    <td>{b.n}</td>
                    <td>{pct(b.forecast)}</td>
                    <td>{pct(b.observed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <h3>{t("dashboard.misses")}</h3>
      {misses.length === 0 ? (
        <p className="empty">{t("dashboard.noMisses")}</p>
      ) : (
        <ul>
          {misses.map((e) => (
            <li key={e.id}>
              <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link> ({e.panelShare !== null ? pct(e.panelShare) : ""}, {t(`status.${e.status}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
