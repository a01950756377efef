import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";
import { listCoverage } from "@/lib/judgement/coverage";
import { CoverageForm } from "./coverage-form";

/** How far the record is complete, per survey: deadline rules wait for it. */
export async function CoveragePanel() {
  const actor = await signedInActor();
  const [{ t, f, locale }, surveys] = await Promise.all([serverI18n(), listCoverage(getDb(), actor)]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="coverage-heading" className="panel">
      <h2 id="coverage-heading">{t("coverage.title")}</h2>
      <p className="meta">{t("coverage.note")}</p>
      {surveys.map((s) => (
        <div key={s.id} data-testid="coverage">
          <p>
            {surveys.length > 1 ? <strong>{locale === "ko" && s.titleKo ? s.titleKo : s.title}: </strong> : null}
            {s.coverage
              ? t("coverage.current", { date: f.date(s.coverage.throughDay), by: s.coverage.by, setOn: f.date(s.coverage.setAt) })
              : t("coverage.none")}
          </p>
          {roleCan(actor.role, "write:evidence") ? (
            <CoverageForm surveyId={s.id} current={s.coverage?.throughDay.toISOString().slice(0, 10) ?? ""} max={today} />
          ) : null}
        </div>
      ))}
    </section>
  );
}
