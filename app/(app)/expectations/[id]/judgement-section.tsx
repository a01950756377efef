import Link from "next/link";
import { JudgementBadge } from "@/app/components/judgement-badge";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { serverI18n } from "@/lib/web/i18n/server";
import { translateMessage } from "@/lib/i18n/translate-message";
import { judgementViewFor } from "./judgement-data";
import { getDb } from "@/lib/db";
import { listVersions } from "@/lib/expectations/list-versions";
import { listExpectationReviews } from "@/lib/review/list-expectation-reviews";
import { OverrideForm } from "./override-form";
import { STATUSES } from "@/lib/judgement/schemas";

type Props = { id: string; status: string; confirm: number; contradict: number; conditionLabel?: string };
type Entry = Awaited<ReturnType<typeof judgementViewFor>>["history"][number];

/** Why the expectation has its status: reason, score, the evidence behind it, every change in valid time. */
export async function JudgementSection({ id, status, confirm, contradict, conditionLabel }: Props) {
  const actor = await signedInActor();
  const { t, f } = await serverI18n();
  const view = await judgementViewFor(id);
  // Edits belong in the story too: each version after the first, when it was made and when it was re-judged (docs/decisions/0095).
  const edits = (await listVersions(getDb(), actor, id)).filter((v) => v.editedBy);
  // Acts held for a second analyst, and how each was decided (docs/decisions/0079).
  const reviews = await listExpectationReviews(getDb(), actor, id);
  // An analyst's words are shown as theirs; only the rule's own rows carry catalogue keys.
  const reasonOf = (h: Entry) => (h.mode === "OVERRIDE" ? t("judgement.analystSaid", { words: h.reason }) : translateMessage(t, h.reason));
  const by = (h: Entry) =>
    h.actorType === "JOB"
      ? h.expectationVersion
        ? t("judgement.by.jobUnder", { job: h.jobName ?? "", version: h.ruleVersion ?? 1, expectation: h.expectationVersion })
        : t("judgement.by.job", { job: h.jobName ?? "", version: h.ruleVersion ?? 1 })
      : t(h.mode === "RELEASE" ? "judgement.by.release" : "judgement.by.user", { name: h.by ?? t("development.formerUser") });
  const entry = (h: Entry) => (
    <li key={h.id}>
      <span className="history-line">
        {t("judgement.historyEntryV2", { validOn: f.date(h.validFrom), from: t(`status.${h.fromStatus}`), to: t(`status.${h.toStatus}`), by: by(h) })}
      </span>
      <br />
      <span className="reason">{reasonOf(h)}</span>
      {h.tippedBy ? (
        <>
          {" "}
          · {t("judgement.tippedBy")} <Link href={`/developments/${h.tippedBy.id}`}>{h.tippedBy.title ?? t("common.none")}</Link>
        </>
      ) : null}
      <br />
      <span className="meta">{t("judgement.recordedAt", { date: f.date(h.recordedAt), time: f.time(h.recordedAt) })}</span>
    </li>
  );
  return (
    <>
      <dl className="facts">
        <dt>{t("judgement.status")}</dt>
        <dd data-testid="judgement-status">
          <JudgementBadge status={status} waiting={view.state.waiting} net={view.state.net} conditionLabel={conditionLabel} />
          {view.state.reason ? (
            <>
              {" "}
              · <span className="reason">{translateMessage(t, view.state.reason)}</span>
            </>
          ) : null}
        </dd>
        <dt>{t("judgement.netScore")}</dt>
        <dd data-testid="net-score">
          {t("judgement.netScoreValue", { net: f.number(view.state.net), confirm: f.number(confirm), contradict: f.number(contradict) })}
        </dd>
      </dl>
      {view.override ? <p className="form-error">{t("judgement.overrideInForce", { date: f.date(view.override.at) })}</p> : null}

      <h3>{t("judgement.decisive")}</h3>
      {view.decisive.length === 0 ? (
        <p className="empty">{t("judgement.noDecisive")}</p>
      ) : (
        <ul>
          {view.decisive.map((l) => (
            <li key={l.id}>
              {f.date(l.development.occurredOn, l.development.datePrecision)} · <Link href={`/developments/${l.development.id}`}>{l.development.title}</Link> ·{" "}
              {t(`stances.${l.stance}`)}
              {l.decisive !== "NONE" ? (
                <>
                  {" "}
                  · <strong>{t(`evidence.decisiveMark.${l.decisive}`)}</strong>
                </>
              ) : null}{" "}
              · {l.grade ?? t("common.none")} · {t("judgement.weight")} {f.number(l.weight)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("expectation.history")}</h2>
      <p className="meta">{t("judgement.historyNote")}</p>
      {view.history.length === 0 ? (
        <p className="empty">{t("expectation.noHistory", { status: t(`status.${status}`) })}</p>
      ) : (
        <ol className="history" aria-label={t("expectation.history")} data-testid="history">
          {view.history.map(entry)}
        </ol>
      )}
      {edits.length ? (
        <ul className="history" aria-label={t("expectationEdit.inHistory")} data-testid="history-edits">
          {edits.map((v) => (
            <li key={v.number}>
              {t("expectationEdit.historyLine", {
                date: f.date(v.editedAt),
                number: v.number,
                fields: v.changed.map((c) => t(`expectationEdit.fields.${c}`)).join(", "),
                who: v.editedBy ?? "",
              })}{" "}
              {v.judgedAt ? t("expectationEdit.historyJudged", { number: v.number, date: f.date(v.judgedAt) }) : t("expectationEdit.notJudgedYet")}
            </li>
          ))}
        </ul>
      ) : null}
      {reviews.length ? (
        <>
          <h3>{t("reviews.inHistory")}</h3>
          <ul className="history" data-testid="history-reviews">
            {reviews.map((r) => (
              <li key={r.id}>
                <span className="history-line">
                  {r.kind === "OVERRIDE"
                    ? t("reviews.historyOverride", { date: f.date(r.requestedAt), name: r.requestedBy, to: t(`status.${r.requestedStatus ?? "PENDING"}`) })
                    : t("reviews.historyDecisive", {
                        date: f.date(r.requestedAt),
                        name: r.requestedBy,
                        mark: t(`evidence.decisiveMark.${r.requestedMark ?? "NONE"}`),
                      })}
                </span>
                <br />
                <span className="reason">{t("judgement.analystSaid", { words: r.reason })}</span>
                <br />
                {r.state === "PENDING" ? (
                  <strong>{t("reviews.waiting")}</strong>
                ) : (
                  <span>
                    {t(r.state === "APPROVED" ? "reviews.historyApproved" : "reviews.historyReturned", {
                      name: r.reviewer ?? t("development.formerUser"),
                      date: f.date(r.decidedAt ?? r.requestedAt),
                    })}
                    {r.comment ? (
                      <>
                        {" "}
                        <span className="reason" data-testid="review-comment">
                          {t("reviews.commentSaid", { words: r.comment })}
                        </span>
                      </>
                    ) : null}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.revisions.length ? (
        <>
          <h3>{t("judgement.revisions")}</h3>
          <ul data-testid="revisions">
            {view.revisions.map((r) => (
              <li key={r.id}>
                {t(`judgement.revision.${r.cause === "RULE_VERSION" ? "rule" : r.cause === "EXPECTATION_EDIT" ? "edit" : "evidence"}`, {
                  date: f.date(r.recordedAt),
                  version: r.expectationVersion ?? 1,
                  from: r.fromRuleVersion ?? 1,
                  to: r.toRuleVersion,
                  superseded: r.superseded,
                  added: r.added,
                })}
                <details>
                  <summary>{t("judgement.showSuperseded")}</summary>
                  <ol className="history superseded">{view.superseded.filter((h) => h.revisionId === r.id).map(entry)}</ol>
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {roleCan(actor.role, "write:evidence") ? (
        <>
          <h2>{t("judgement.overrideTitle")}</h2>
          <OverrideForm id={id} current={status} inForce={view.override !== null} statuses={STATUSES} />
        </>
      ) : null}
    </>
  );
}
