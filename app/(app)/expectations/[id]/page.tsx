import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowButton } from "@/app/components/follow-button";
import { PanelShare } from "@/app/components/panel-share";
import { JudgementBadge } from "@/app/components/judgement-badge";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getExpectation } from "@/lib/expectations/get-expectation";
import { listFollows } from "@/lib/follows/list-follows";
import { answerLabelIn, statementIn } from "@/lib/expectations/localize";
import { localized } from "@/lib/i18n/locales";
import { serverI18n } from "@/lib/web/i18n/server";
import { EvidenceSection } from "./evidence-section";
import { judgementViewFor } from "./judgement-data";
import { JudgementSection } from "./judgement-section";
import { CommentsSection } from "@/app/components/comments/comments-section";
import { SensitivitySection } from "./sensitivity-section";
import { EditForm } from "./edit-form";
import { ForecastsSection } from "./forecasts-section";
import { VersionsSection } from "./versions-section";
import { STANCE_KEYS } from "@/lib/evidence/stances";
import { listConditionChoices } from "@/lib/expectations/list-condition-choices";
import { mayEditExpectations } from "@/lib/expectations/edit-expectation";
import { expectationEditPolicy } from "@/lib/web/expectations/edit-policy";

export const dynamic = "force-dynamic";

async function load(id: string) {
  const actor = await signedInActor();
  try {
    return { actor, e: await getExpectation(getDb(), actor, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ExpectationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const asOfParam = query.asOf;
  const evidencePage = typeof query.evidencePage === "string" && /^\d{1,6}$/.test(query.evidencePage) ? Number(query.evidencePage) : 1;
  const { actor, e } = await load(id);
  const { t, f, locale } = await serverI18n();
  const canWrite = roleCan(actor.role, "write:evidence");
  const canEdit = mayEditExpectations(actor, expectationEditPolicy());
  const choices = await listConditionChoices(getDb(), actor, e.id);
  const conditionNames = Object.fromEntries(
    choices.map((c) => [c.id, `${statementIn(locale, c)}${c.answerLabel ? ` (${answerLabelIn(locale, c) ?? ""})` : ""}`]),
  );
  const [judged, follows] = await Promise.all([judgementViewFor(e.id), listFollows(getDb(), actor)]);
  const conditionLabel = e.condition ? statementIn(locale, e.condition) : undefined;
  const others = e.siblings.map((s) => `${answerLabelIn(locale, s)}${s.panelShare !== null ? ` ${f.percent(s.panelShare)}` : ""}`).join(", ");
  return (
    <main>
      <p className="meta">
        <Link href="/expectations">{t("expectation.breadcrumb")}</Link> › {t(`themes.${e.theme}`)}
      </p>
      <div className="heading-row">
        <h1>{statementIn(locale, e)}</h1>
        <FollowButton kind="EXPECTATION" target={e.id} following={follows.expectations.has(e.id)} />
      </div>
      <p>
        <PanelShare share={e.panelShare} /> ·{" "}
        <JudgementBadge status={e.status} waiting={judged.state.waiting} net={judged.state.net} conditionLabel={conditionLabel} />
      </p>
      <dl className="facts">
        <dt>{t("expectation.kind")}</dt>
        <dd>{t(`kind.${e.kind}`)}</dd>
        {e.answerLabel ? (
          <>
            <dt>{t("expectation.answer")}</dt>
            <dd>{t("expectation.answerOf", { label: answerLabelIn(locale, e) ?? "", others })}</dd>
          </>
        ) : null}
        <dt>{t("expectation.deadline")}</dt>
        <dd>{f.date(e.deadline)}</dd>
        {e.condition ? (
          <>
            <dt>{t("expectation.condition")}</dt>
            <dd>
              {t("expectation.conditionText")} <Link href={`/expectations/${e.condition.id}`}>{statementIn(locale, e.condition)}</Link> (
              {t(`status.${e.condition.status}`)})
            </dd>
          </>
        ) : null}
        <dt>{t("expectation.source")}</dt>
        <dd>
          {t("expectation.sourceText", {
            organisation: localized(locale, e.survey.organisation, e.survey.organisationKo),
            panel: e.survey.panelSize,
            start: f.date(e.survey.fieldworkStart),
            end: f.date(e.survey.fieldworkEnd),
            published: f.date(e.survey.publishedOn),
          })}{" "}
          {e.survey.sourceReference}
        </dd>
      </dl>

      <h2>{t("expectation.reasons")}</h2>
      {e.reasons.length === 0 ? (
        <p className="empty">{t("expectation.noReasons")}</p>
      ) : (
        <ul>
          {e.reasons.map((r) => (
            <li key={r.id}>{localized(locale, r.text, r.textKo)}</li>
          ))}
        </ul>
      )}

      <h2>{t("expectation.criteria")}</h2>
      <p>{localized(locale, e.resolutionCriteria, e.resolutionCriteriaKo)}</p>
      <p className="meta">{t("expectation.thresholdsText", { confirm: f.number(e.confirmThreshold), contradict: f.number(e.contradictThreshold) })}</p>
      <p>
        <Link href={`/expectations/${e.id}/signposts`}>{t("signposts.link")}</Link>
      </p>

      <h2 id="evidence">{t("expectation.evidence")}</h2>
      <EvidenceSection expectationId={e.id} page={evidencePage} canWrite={canWrite} />

      <h2>{t("judgement.title")}</h2>
      <JudgementSection id={e.id} status={e.status} confirm={e.confirmThreshold} contradict={e.contradictThreshold} conditionLabel={conditionLabel} />

      <SensitivitySection id={e.id} asOfParam={typeof asOfParam === "string" ? asOfParam : undefined} />

      <ForecastsSection id={e.id} />

      <h2 id="versions-heading">{t("expectationEdit.versions")}</h2>
      <VersionsSection id={e.id} current={e.version} conditions={conditionNames} />
      {canEdit ? (
        <>
          <h3>{t("expectationEdit.title")}</h3>
          <EditForm
            id={e.id}
            version={e.version}
            conditions={choices.map((c) => ({ id: c.id, label: conditionNames[c.id]! }))}
            signposts={e.signposts.map((sp) => ({ ...sp, terms: JSON.parse(sp.terms) as string[] }))}
            stances={STANCE_KEYS}
            values={{
              statement: e.statement,
              statementKo: e.statementKo ?? "",
              resolutionCriteria: e.resolutionCriteria,
              resolutionCriteriaKo: e.resolutionCriteriaKo ?? "",
              deadline: e.deadline ? e.deadline.toISOString().slice(0, 10) : "",
              confirmThreshold: String(e.confirmThreshold),
              contradictThreshold: String(e.contradictThreshold),
              conditionId: e.condition?.id ?? "",
            }}
          />
        </>
      ) : null}
      <CommentsSection kind="expectation" id={e.id} />
    </main>
  );
}
