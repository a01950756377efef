import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listSurveys } from "@/lib/surveys/list-surveys";
import { serverI18n } from "@/lib/web/i18n/server";
import { BaselineUpload } from "./baseline-upload";
import { ReviewPolicyForm } from "./review-policy-form";
import { REVIEW_POLICIES } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("baselines.title") };
}

export default async function SurveysPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:surveys")) redirect("/?notice=admin-only");
  const surveys = await listSurveys(getDb(), actor);
  const { t, f, locale } = await serverI18n();
  const ko = locale === "ko";
  return (
    <main>
      <h1>{t("baselines.title")}</h1>
      <p className="meta">
        <Link href="/compare">{t("compare.nav")}</Link>
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="cards">
          <caption className="meta">{t("baselines.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("baselines.survey")}</th>
              <th scope="col">{t("baselines.published")}</th>
              <th scope="col">{t("baselines.expectations")}</th>
              <th scope="col">{t("reviews.policyLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((s) => (
              <tr key={s.id}>
                <td data-label={t("baselines.survey")}>
                  <div>
                    {(ko ? s.titleKo : null) ?? s.title}
                    <br />
                    <span className="meta break">
                      {(ko ? s.organisationKo : null) ?? s.organisation} · {s.slug}
                    </span>
                  </div>
                </td>
                <td data-label={t("baselines.published")}>{f.date(s.publishedOn)}</td>
                <td data-label={t("baselines.expectations")}>{s.expectations}</td>
                <td data-label={t("reviews.policyLabel")}>
                  <ReviewPolicyForm surveyId={s.id} current={s.reviewPolicy} policies={REVIEW_POLICIES} label={t("reviews.policyFor", { slug: s.slug })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("baselines.upload")}</h2>
      <p>
        {t("baselines.uploadHelp")} <code>docs/baseline-format.md</code>
      </p>
      <BaselineUpload />
    </main>
  );
}
