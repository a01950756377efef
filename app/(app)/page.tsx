// The dashboard, home for signed-in users: expectation against reality at a
// glance, as of today or any past day. Each panel loads on its own (Suspense),
// so a slow one does not hold the others.
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ExpectationsTable } from "@/app/components/dashboard/expectations-table";
import { FocusPanel } from "@/app/components/dashboard/focus-panel";
import type { DashboardParams } from "@/app/components/dashboard/params";
import { ScorecardPanel } from "@/app/components/dashboard/scorecard-panel";
import { StatusSummary } from "@/app/components/dashboard/status-summary";
import { TimelinePanel } from "@/app/components/dashboard/timeline-panel";
import { asOfFrom } from "@/lib/dashboard/as-of";
import { isRealDay } from "@/lib/dates";
import { serverI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("dashboard.title") };
}

function Loading({ label }: { label: string }) {
  return <section className="panel" aria-busy="true"><p className="meta">{label}</p></section>;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const pick = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const params: DashboardParams = { asOf: pick("asOf"), theme: pick("theme"), expectation: pick("expectation"), focus: pick("focus") };
  const asOf = asOfFrom(params.asOf, new Date());
  const { t, f } = await serverI18n();
  // asOfFrom falls back to today on a bad day; say so rather than silently showing today.
  const asOfProblem = params.asOf && params.asOf !== asOf.day
    ? isRealDay(params.asOf) ? t("dashboard.asOfFuture", { date: f.date(new Date(`${params.asOf}T00:00:00Z`)) }) : t("dashboard.asOfInvalid", { value: params.asOf.slice(0, 40) })
    : null;
  const loading = <Loading label={t("dashboard.loading")} />;
  const exportQuery = asOf.isToday ? "" : `?asOf=${asOf.day}`;
  return (
    <main className="dashboard">
      <h1>{t("dashboard.title")}</h1>
      <form method="get" className="inline as-of" aria-label={t("dashboard.asOfForm")}>
        <div className="field">
          <label htmlFor="as-of">{t("dashboard.asOf")}</label>
          <input id="as-of" name="asOf" type="date" defaultValue={asOf.day} max={new Date().toISOString().slice(0, 10)} />
        </div>
        <button type="submit">{t("dashboard.show")}</button>
        {!asOf.isToday ? <a href="/">{t("dashboard.today")}</a> : null}
      </form>
      {asOfProblem ? <p className="notice" role="alert">{asOfProblem}</p> : null}
      <p className="meta" role="status">{asOf.isToday ? t("dashboard.stateToday") : t("dashboard.stateAsOf", { date: f.date(asOf.at) })}</p>
      <p className="exports">
        {t("dashboard.export")}: <a href={`/api/export/expectations.csv${exportQuery}`}>{t("dashboard.exportExpectations")}</a> ·{" "}
        <a href="/api/export/developments.csv">{t("dashboard.exportDevelopmentsCsv")}</a> · <a href="/api/export/developments.json">{t("dashboard.exportDevelopmentsJson")}</a>
      </p>
      <div className="dashboard-grid">
        <Suspense fallback={loading}><StatusSummary asOf={asOf.at} /></Suspense>
        <Suspense fallback={loading}><ScorecardPanel asOf={asOf.at} /></Suspense>
      </div>
      <Suspense fallback={loading}><ExpectationsTable asOf={asOf.at} /></Suspense>
      <Suspense fallback={loading}><TimelinePanel asOf={asOf.at} params={params} /></Suspense>
      <Suspense fallback={loading}><FocusPanel asOf={asOf.at} params={params} /></Suspense>
    </main>
  );
}
