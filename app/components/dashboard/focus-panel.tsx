import Link from "next/link";
import { ChartFigure } from "@/app/components/charts/chart-figure";
import { ScoreChart } from "@/app/components/charts/score-chart";
import { scoreChartData } from "@/lib/charts/score-data";
import { STANCE_KEYS } from "@/lib/evidence/stances";
import { STATUSES } from "@/lib/judgement/schemas";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { dashboardStateFor } from "./data";
import { expectationSeries } from "@/lib/dashboard/expectation-series";
import { getDb } from "@/lib/db";
import { statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";
import type { DashboardParams } from "./params";
import type { AsOfView } from "@/lib/judgement/judged-as-of";

/** One expectation over time: score, thresholds, status changes, and the developments behind each step. */
export async function FocusPanel({ view, params }: { view: AsOfView; params: DashboardParams }) {
  const actor = await signedInActor();
  const { t, f, locale } = await serverI18n();
  const { expectations } = await dashboardStateFor(view.day, view.knownThen);
  const focusId = expectations.find((e) => e.id === params.focus)?.id ?? expectations.find((e) => e.netScore !== 0)?.id ?? expectations[0]?.id;
  if (!focusId) return null;
  const s = await expectationSeries(getDb(), actor, focusId, view);
  const dayText = (day: string) => f.date(new Date(`${day}T00:00:00Z`));
  const chart = scoreChartData({
    points: s.points,
    changes: s.changes,
    steps: s.steps,
    confirm: s.confirmThreshold,
    contradict: s.contradictThreshold,
    endDay: s.asOf.toISOString().slice(0, 10),
  });
  return (
    <section aria-labelledby="focus-heading" className="panel">
      <h2 id="focus-heading">{t("dashboard.focus")}</h2>
      <form method="get" className="inline" aria-label={t("dashboard.focusChoose")}>
        {params.asOf ? <input type="hidden" name="asOf" value={params.asOf} /> : null}
        {params.view ? <input type="hidden" name="view" value={params.view} /> : null}
        <div className="field">
          <label htmlFor="focus-expectation">{t("dashboard.expectation")}</label>
          <select id="focus-expectation" name="focus" defaultValue={focusId}>
            {expectations.map((e) => (
              <option key={e.id} value={e.id} title={statementIn(locale, e)}>
                {statementIn(locale, e)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("dashboard.show")}</button>
      </form>
      <ChartFigure
        id="focus"
        caption={statementIn(locale, s)}
        summary={t("dashboard.focusSummary", { days: s.points.length, changes: s.changes.length, latest: f.number(s.points.at(-1)?.net ?? 0) })}
        tableLabel={t("dashboard.showTable")}
        chart={
          <ScoreChart
            data={chart}
            confirm={s.confirmThreshold}
            contradict={s.contradictThreshold}
            locale={locale}
            labels={{
              net: t("dashboard.netScore"),
              series: t("dashboard.netScore"),
              steps: t("dashboard.stepMarkers"),
              changes: t("dashboard.changes"),
              confirm: t("dashboard.confirmLine", { value: s.confirmThreshold }),
              contradict: t("dashboard.contradictLine", { value: s.contradictThreshold }),
              statuses: Object.fromEntries(STATUSES.map((k) => [k, t(`status.${k}`)])),
              stances: Object.fromEntries(STANCE_KEYS.map((k) => [k, t(`stances.${k}`)])),
            }}
          />
        }
        table={
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.day")}</th>
                  <th scope="col">{t("dashboard.netScore")}</th>
                  <th scope="col">{t("dashboard.status")}</th>
                </tr>
              </thead>
              <tbody>
                {s.points.map((p, i) => (
                  <tr key={`${p.day}-${i}`}>
                    <td>{dayText(p.day)}</td>
                    <td>{f.number(p.net)}</td>
                    <td>{p.status ? t(`status.${p.status}`) : t("common.none")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <h3>{t("dashboard.changes")}</h3>
      {s.changes.length === 0 ? (
        <p className="empty">{t("dashboard.noChanges")}</p>
      ) : (
        <ul>
          {s.changes.map((c, i) => (
            <li key={i}>
              {dayText(c.day)}: {t(`status.${c.from}`)} → {t(`status.${c.to}`)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("dashboard.steps")}</h3>
      {s.moreSteps ? (
        <p className="meta">
          {t("dashboard.stepsLimited", { shown: s.steps.length })} <Link href={`/expectations/${s.id}#evidence`}>{t("dashboard.stepsAll")}</Link>
        </p>
      ) : null}
      {s.steps.length === 0 ? (
        <p className="empty">{t("evidence.none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.day")}</th>
                <th scope="col">{t("dashboard.development")}</th>
                <th scope="col">{t("dashboard.stance")}</th>
                <th scope="col">{t("judgement.weight")}</th>
              </tr>
            </thead>
            <tbody>
              {s.steps.map((step) => (
                <tr key={step.linkId}>
                  <td>{dayText(step.day)}</td>
                  <td>
                    <Link href={`/developments/${step.developmentId}`}>{step.title}</Link>
                  </td>
                  <td>{t(`stances.${step.stance}`)}</td>
                  <td>{f.number(step.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
