import Link from "next/link";
import { StatusBadge } from "@/app/components/status-badge";
import { signedInActor } from "@/lib/auth/current-actor";
import { recentChanges } from "@/lib/dashboard/dashboard-state";
import { dashboardStateFor } from "./data";
import { getDb } from "@/lib/db";
import { statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/i18n/server";
import { STATUSES } from "@/lib/judgement/schemas";

/** Counts by status, and what changed in the last 7 and 30 days. */
export async function StatusSummary({ asOf }: { asOf: Date }) {
  const actor = await signedInActor();
  const [{ counts }, recent, { t, f, locale }] = await Promise.all([dashboardStateFor(asOf.getTime()), recentChanges(getDb(), actor, asOf), serverI18n()]);
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
      <p>{t("dashboard.changed", { week: recent.week, month: recent.month })}</p>
      {recent.latest.length ? (
        <ul className="recent">
          {recent.latest.map((c) => (
            <li key={c.id}>
              {f.date(c.changedAt)} · <Link href={`/expectations/${c.expectation.id}`}>{statementIn(locale, c.expectation)}</Link> · {t(`status.${c.fromStatus}`)} → {t(`status.${c.toStatus}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
