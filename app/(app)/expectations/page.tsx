import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/app/components/follow-button";
import { PanelShare } from "@/app/components/panel-share";
import { JudgementBadge } from "@/app/components/judgement-badge";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { listExpectationsByTheme } from "@/lib/expectations/list-expectations";
import { listFollows } from "@/lib/follows/list-follows";
import { answerLabelIn, statementIn } from "@/lib/expectations/localize";
import { currentSurveyForPage } from "@/app/components/surveys/current";
import { SurveySwitcher } from "@/app/components/surveys/survey-switcher";
import { localized } from "@/lib/i18n/locales";
import { serverI18n } from "@/lib/web/i18n/server";
import { judgedAsOf, stateOf } from "@/lib/judgement/judged-as-of";
import { dayOf } from "@/lib/judgement/rule";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("expectations.pageTitle") };
}

export default async function ExpectationsPage() {
  const actor = await signedInActor();
  // The survey the person is looking at (issue 17): its expectations only.
  const survey = await currentSurveyForPage();
  const [groups, judged, follows] = await Promise.all([
    listExpectationsByTheme(getDb(), actor, { surveyId: survey?.id ?? "none" }),
    judgedAsOf(getDb(), actor, { day: dayOf(new Date()), knownThen: false }),
    listFollows(getDb(), actor),
  ]);
  const { t, f, locale } = await serverI18n();
  return (
    <main>
      <h1>{t("expectations.title")}</h1>
      <SurveySwitcher />
      {survey ? (
        <p className="meta">
          {t("expectations.baselineNote", {
            organisation: localized(locale, survey.organisation, survey.organisationKo),
            panel: survey.panelSize,
            start: f.date(survey.fieldworkStart),
            end: f.date(survey.fieldworkEnd),
          })}
        </p>
      ) : null}
      {groups.length === 0 ? <p className="empty">{t("expectations.noBaseline")}</p> : null}
      {groups.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
          <div className="heading-row">
            <h2 id={`theme-${group.theme}`}>{t(`themes.${group.theme}`)}</h2>
            <FollowButton kind="THEME" target={group.theme} following={follows.themes.has(group.theme)} themeLabel={t(`themes.${group.theme}`)} />
          </div>
          {group.expectations.map((e) => {
            const answer = answerLabelIn(locale, e);
            return (
              <article key={e.id} className="card" aria-label={statementIn(locale, e)}>
                <h3>
                  <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>
                  {follows.expectations.has(e.id) ? <span className="meta following-badge"> · {t("follows.following")}</span> : null}
                </h3>
                <p className="meta">
                  <PanelShare share={e.panelShare} />
                  {answer ? <> · {t("expectations.answer", { label: answer })}</> : null} ·{" "}
                  <JudgementBadge
                    status={e.status}
                    waiting={stateOf(judged, e.id).waiting}
                    net={stateOf(judged, e.id).net}
                    compact
                    conditionLabel={e.condition ? statementIn(locale, e.condition) : undefined}
                  />{" "}
                  · {t("expectations.due", { date: f.date(e.deadline) })} · {t("expectations.evidenceCount", { count: e._count.evidenceLinks })}
                  {e.condition ? <> · {t("expectations.onlyIf", { statement: statementIn(locale, e.condition) })}</> : null}
                </p>
              </article>
            );
          })}
        </section>
      ))}
    </main>
  );
}
