import Link from "next/link";
import { Sparkline } from "@/app/components/charts/sparkline";
import { JudgementBadge } from "@/app/components/judgement-badge";
import { dashboardStateFor } from "./data";
import { answerLabelIn, statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";
import type { AsOfView } from "@/lib/judgement/judged-as-of";

/** Every expectation by theme: the panel's share, the status (word and colour), the net score and its recent trend. */
export async function ExpectationsTable({ view }: { view: AsOfView }) {
  const [{ expectations, trends }, { t, f, locale }] = await Promise.all([dashboardStateFor(view.day, view.knownThen), serverI18n()]);
  const byId = new Map(expectations.map((e) => [e.id, e]));
  const themes = [...new Set(expectations.map((e) => e.theme))];
  return (
    <section aria-labelledby="expectations-heading" className="panel">
      <h2 id="expectations-heading">{t("dashboard.expectations")}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.expectation")}</th>
              <th scope="col">{t("dashboard.share")}</th>
              <th scope="col">{t("dashboard.status")}</th>
              <th scope="col">{t("dashboard.netScore")}</th>
              <th scope="col">{t("dashboard.trend")}</th>
            </tr>
          </thead>
          {themes.map((theme) => (
            <tbody key={theme}>
              <tr>
                <th scope="rowgroup" colSpan={5} className="theme-row">
                  {t(`themes.${theme}`)}
                </th>
              </tr>
              {expectations
                .filter((e) => e.theme === theme)
                .map((e) => {
                  const answer = answerLabelIn(locale, e);
                  return (
                    <tr key={e.id} data-testid={`row-${e.key}`}>
                      <th scope="row">
                        <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>
                        {answer ? <span className="meta"> · {answer}</span> : null}
                      </th>
                      <td>{e.panelShare === null ? t("common.none") : f.percent(e.panelShare)}</td>
                      <td data-testid="status-cell">
                        <JudgementBadge
                          status={e.status}
                          waiting={e.waiting}
                          net={e.netScore}
                          compact
                          conditionLabel={e.conditionId ? statementIn(locale, byId.get(e.conditionId) ?? e) : undefined}
                        />
                      </td>
                      <td>{f.number(e.netScore)}</td>
                      <td>
                        <Sparkline points={trends.get(e.id) ?? []} />
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
