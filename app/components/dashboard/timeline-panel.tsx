import Link from "next/link";
import { ChartFigure } from "@/app/components/charts/chart-figure";
import { TimelineChart } from "@/app/components/charts/timeline-chart";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { developmentTimeline } from "@/lib/dashboard/development-timeline";
import { getDb } from "@/lib/db";
import { listExpectationOptions } from "@/lib/developments/form-data";
import { currentSurveyForPage } from "@/app/components/surveys/current";
import { THEME_KEYS } from "@/lib/expectations/themes";
import { timelineChartData } from "@/lib/charts/timeline-data";
import { STANCE_KEYS } from "@/lib/evidence/stances";
import { serverI18n } from "@/lib/web/i18n/server";
import type { DashboardParams } from "./params";

/** Developments over time, filterable by theme and expectation, with markers for the linked ones. */
export async function TimelinePanel({ asOf, knownThen, params }: { asOf: Date; knownThen: boolean; params: DashboardParams }) {
  const actor = await signedInActor();
  const { t, f, locale } = await serverI18n();
  const [data, options] = await Promise.all([
    developmentTimeline(getDb(), actor, { asOf, knownThen, theme: params.theme, expectationId: params.expectation }),
    listExpectationOptions(getDb(), actor, locale, { surveyId: (await currentSurveyForPage())?.id }),
  ]);
  const chart = timelineChartData(
    data.months,
    data.markers,
    options.map((o) => ({ id: o.id, label: o.statement })),
    asOf.toISOString().slice(0, 7),
  );
  const laneOf = new Map(chart.lanes.map((l) => [l.id, l]));
  const stances = Object.fromEntries(STANCE_KEYS.map((k) => [k, t(`stances.${k}`)]));
  return (
    <section aria-labelledby="timeline-heading" className="panel">
      <h2 id="timeline-heading">{t("dashboard.timeline")}</h2>
      <form method="get" className="inline" aria-label={t("dashboard.timelineFilter")}>
        {params.asOf ? <input type="hidden" name="asOf" value={params.asOf} /> : null}
        {params.view ? <input type="hidden" name="view" value={params.view} /> : null}
        {params.focus ? <input type="hidden" name="focus" value={params.focus} /> : null}
        <div className="field">
          <label htmlFor="timeline-theme">{t("dashboard.theme")}</label>
          <select id="timeline-theme" name="theme" defaultValue={params.theme ?? ""}>
            <option value="">{t("common.any")}</option>
            {THEME_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`themes.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="timeline-expectation">{t("dashboard.expectation")}</label>
          <select id="timeline-expectation" name="expectation" defaultValue={params.expectation ?? ""}>
            <option value="">{t("common.any")}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id} title={o.statement}>
                {o.statement}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("dashboard.apply")}</button>
      </form>
      <ChartFigure
        id="timeline"
        caption={t("dashboard.timelineCaption")}
        summary={t("dashboard.timelineSummary", {
          months: chart.months.length,
          total: chart.months.reduce((sum, m) => sum + m.count, 0),
          markers: chart.points.length,
        })}
        tableLabel={t("dashboard.showTable")}
        chart={
          <>
            <TimelineChart data={chart} locale={locale} labels={{ count: t("dashboard.count"), developments: t("dashboard.developmentsPerMonth"), stances }} />
            {chart.lanes.length ? (
              <ol className="lane-key" aria-label={t("dashboard.lanesKey")}>
                {chart.lanes.map((l) => (
                  <li key={l.id} value={l.n}>
                    <span className="lane-number">#{l.n}</span> {l.label}
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        }
        table={
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.day")}</th>
                  <th scope="col">{t("dashboard.development")}</th>
                  <th scope="col">{t("dashboard.expectation")}</th>
                  <th scope="col">{t("dashboard.stance")}</th>
                </tr>
              </thead>
              <tbody>
                {chart.points
                  .slice()
                  .reverse()
                  .map((m) => (
                    <tr key={m.linkId}>
                      <td className="nowrap">{f.date(new Date(`${m.day}T00:00:00Z`))}</td>
                      <td>
                        <Link href={`/developments/${m.developmentId}`}>{m.title}</Link>
                      </td>
                      <td>
                        #{laneOf.get(m.expectationId)?.n} {laneOf.get(m.expectationId)?.label}
                      </td>
                      <td>{stances[m.stance] ?? m.stance}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        }
      />
    </section>
  );
}
