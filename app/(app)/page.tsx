// The dashboard, home for signed-in users: expectation against reality at a
// glance, as of today or any past day. Each panel loads on its own (Suspense),
// so a slow one does not hold the others.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ExpectationsTable } from "@/app/components/dashboard/expectations-table";
import { FocusPanel } from "@/app/components/dashboard/focus-panel";
import type { DashboardParams } from "@/app/components/dashboard/params";
import { ScorecardPanel } from "@/app/components/dashboard/scorecard-panel";
import { StatusSummary } from "@/app/components/dashboard/status-summary";
import { TimelinePanel } from "@/app/components/dashboard/timeline-panel";
import { CoveragePanel } from "@/app/components/dashboard/coverage-panel";
import { SurveySwitcher } from "@/app/components/surveys/survey-switcher";
import { asOfFrom } from "@/lib/dashboard/as-of";
import { dayOf } from "@/lib/judgement/rule";
import { isRealDay } from "@/lib/dates";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("dashboard.title") };
}

function Loading({ label }: { label: string }) {
  return (
    <section className="panel" aria-busy="true">
      <p className="meta">{label}</p>
    </section>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const pick = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const params: DashboardParams = { asOf: pick("asOf"), theme: pick("theme"), expectation: pick("expectation"), focus: pick("focus"), view: pick("view") };
  const asOf = asOfFrom(params.asOf, new Date());
  // "As known then" replays with only what had been logged by that day (docs/decisions/0040).
  const view = { day: dayOf(asOf.at), knownThen: params.view === "known" };
  const { t, f } = await serverI18n();
  // asOfFrom falls back to today on a bad day; say so rather than silently showing today.
  const asOfProblem =
    params.asOf && params.asOf !== asOf.day
      ? isRealDay(params.asOf) && params.asOf > asOf.day
        ? t("dashboard.asOfFuture", { date: f.date(new Date(`${params.asOf}T00:00:00Z`)) })
        : t("dashboard.asOfInvalid", { value: params.asOf.slice(0, 40) })
      : null;
  const loading = <Loading label={t("dashboard.loading")} />;
  const exportQuery = asOf.isToday ? "" : `?asOf=${asOf.day}`;
  return (
    <main className="dashboard">
      <h1>{t("dashboard.title")}</h1>
      <SurveySwitcher />
      <form method="get" className="inline as-of" aria-label={t("dashboard.asOfForm")}>
        <div className="field">
          <label htmlFor="as-of">{t("dashboard.asOf")}</label>
          <input id="as-of" name="asOf" type="date" defaultValue={asOf.day} max={new Date().toISOString().slice(0, 10)} />
        </div>
        <fieldset className="view-switch">
          <legend>{t("dashboard.viewLegend")}</legend>
          <label>
            <input type="radio" name="view" value="" defaultChecked={!view.knownThen} /> {t("dashboard.viewHappened")}
          </label>
          <label>
            <input type="radio" name="view" value="known" defaultChecked={view.knownThen} /> {t("dashboard.viewKnown")}
          </label>
        </fieldset>
        <button type="submit">{t("dashboard.show")}</button>
        {!asOf.isToday || view.knownThen ? <a href="/">{t("dashboard.today")}</a> : null}
      </form>
      {asOfProblem ? (
        <p className="notice" role="alert">
          {asOfProblem}
        </p>
      ) : null}
      <p className="meta" role="status" data-testid="as-of-state">
        {view.knownThen
          ? t("dashboard.stateKnownThen", { date: f.date(asOf.at) })
          : asOf.isToday
            ? t("dashboard.stateToday")
            : t("dashboard.stateAsOf", { date: f.date(asOf.at) })}
      </p>
      <p className="exports">
        {t("dashboard.export")}: <a href={`/api/export/expectations.csv${exportQuery}`}>{t("dashboard.exportExpectations")}</a> ·{" "}
        <a href="/api/export/developments.csv">{t("dashboard.exportDevelopmentsCsv")}</a> ·{" "}
        <a href="/api/export/developments.json">{t("dashboard.exportDevelopmentsJson")}</a>
      </p>
      {/* The instruments are reached from here, not the header, so the header fits a laptop's width. */}
      <p className="exports">
        {t("instruments.nav.label")}: <Link href="/matrix">{t("instruments.nav.matrix")}</Link> · <Link href="/briefing">{t("instruments.nav.briefing")}</Link>{" "}
        · <Link href="/compare">{t("compare.nav")}</Link>
      </p>
      <div className="dashboard-grid">
        <Suspense fallback={loading}>
          <StatusSummary view={view} />
        </Suspense>
        <Suspense fallback={loading}>
          <ScorecardPanel view={view} />
        </Suspense>
      </div>
      <Suspense fallback={loading}>
        <CoveragePanel />
      </Suspense>
      <Suspense fallback={loading}>
        <ExpectationsTable view={view} />
      </Suspense>
      <Suspense fallback={loading}>
        <TimelinePanel asOf={asOf.at} knownThen={view.knownThen} params={params} />
      </Suspense>
      <Suspense fallback={loading}>
        <FocusPanel view={view} params={params} />
      </Suspense>
    </main>
  );
}
