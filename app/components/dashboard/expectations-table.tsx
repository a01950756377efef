import Link from "next/link";
import { Sparkline } from "@/app/components/charts/sparkline";
import { StatusBadge } from "@/app/components/status-badge";
import { signedInActor } from "@/lib/auth/current-actor";
import { scoreTrends } from "@/lib/dashboard/dashboard-state";
import { dashboardStateFor } from "./data";
import { getDb } from "@/lib/db";
import { answerLabelIn, statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/i18n/server";

/** Every expectation by theme: the panel's share, the status (word and colour), the net score and its recent trend. */
export async function ExpectationsTable({ asOf }: { asOf: Date }) {
  const actor = await signedInActor();
  const [{ expectations }, trends, { t, f, locale }] = await Promise.all([dashboardStateFor(asOf.getTime()), scoreTrends(getDb(), actor, asOf), serverI18n()]);
  const themes = [...new Set(expectations.map((e) => e.theme))];
  return (
    <section aria-labelledby="expectations-heading" className="panel">
      <h2 id="expectations-heading">{t("dashboard.expectations")}</h2>
      <div className="table-scroll" tabIndex={0}><table className="dashboard-table">
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
            <tr><th scope="rowgroup" colSpan={5} className="theme-row">{t(`themes.${theme}`)}</th></tr>
            {expectations.filter((e) => e.theme === theme).map((e) => {
              const answer = answerLabelIn(locale, e);
              return (
                <tr key={e.id} data-testid={`row-${e.key}`}>
                  <th scope="row"><Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>{answer ? <span className="meta"> · {answer}</span> : null}</th>
                  <td>{e.panelShare === null ? t("common.none") : f.percent(e.panelShare)}</td>
                  <td><StatusBadge status={e.status} /></td>
                  <td>{f.number(e.netScore)}</td>
                  <td><Sparkline points={trends.get(e.id) ?? []} /></td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table></div>
    </section>
  );
}
