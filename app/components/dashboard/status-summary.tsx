import Link from "next/link";
import { StatusBadge } from "@/app/components/status-badge";
import { dashboardStateFor } from "./data";
import { statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";
import type { AsOfView } from "@/lib/judgement/judged-as-of";
import { STATUSES } from "@/lib/judgement/rule";

/** Counts by status, and what took effect in the 7 and 30 days up to the day shown. */
export async function StatusSummary({ view }: { view: AsOfView }) {
  const [{ counts, recent, expectations }, { t, f, locale }] = await Promise.all([dashboardStateFor(view.day, view.knownThen), serverI18n()]);
  const byId = new Map(expectations.map((e) => [e.id, e]));
  return (
    <section aria-labelledby="summary-heading" className="panel">
      <h2 id="summary-heading">{t("dashboard.summary")}</h2>
      <ul className="counts" aria-label={t("dashboard.countsLabel")}>
        {STATUSES.map((s) => (
          <li key={s} data-testid={`count-${s}`}>
            <span className="count">{counts[s]}</span> <StatusBadge status={s} />
          </li>
        ))}
      </ul>
      <p data-testid="recent-counts">{t("dashboard.changed", { week: recent.week, month: recent.month })}</p>
      {recent.latest.length ? (
        <ul className="recent" data-testid="recent-changes">
          {recent.latest.map((c, i) => {
            const e = byId.get(c.expectationId);
            return (
              <li key={`${c.expectationId}-${i}`}>
                {f.date(c.validFrom)} · {e ? <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link> : null} · {t(`status.${c.from}`)} →{" "}
                {t(`status.${c.to}`)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
