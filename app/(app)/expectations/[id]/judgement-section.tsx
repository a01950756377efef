import Link from "next/link";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/i18n/server";
import { translateMessage } from "@/lib/i18n/translate-message";
import { getJudgementView } from "@/lib/judgement/get-judgement-view";
import { OverrideForm } from "./override-form";
import { STATUSES } from "@/lib/judgement/schemas";

type Props = { id: string; status: string; confirm: number; contradict: number };

/** Why the expectation has its status: score, the evidence behind it, every change and its reason. */
export async function JudgementSection({ id, status, confirm, contradict }: Props) {
  const actor = await signedInActor();
  const { t, f } = await serverI18n();
  const view = await getJudgementView(getDb(), actor, id, new Date());
  return (
    <>
      <dl className="facts">
        <dt>{t("judgement.netScore")}</dt>
        <dd data-testid="net-score">{t("judgement.netScoreValue", { net: f.number(view.netScore), confirm: f.number(confirm), contradict: f.number(contradict) })}</dd>
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
              {t(`stances.${l.stance}`)} · {t("judgement.weight")} {f.number(l.weight)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("expectation.history")}</h2>
      {view.history.length === 0 ? (
        <p className="empty">{t("expectation.noHistory", { status: t(`status.${status}`) })}</p>
      ) : (
        <ol className="history" aria-label={t("expectation.history")}>
          {view.history.map((h) => (
            <li key={h.id}>
              {t("judgement.historyEntry", {
                date: f.date(h.changedAt),
                time: f.time(h.changedAt),
                from: t(`status.${h.fromStatus}`),
                to: t(`status.${h.toStatus}`),
                by: h.actorType === "JOB"
                  ? t("judgement.by.job", { job: h.jobName ?? "", version: h.ruleVersion ?? 1 })
                  : t(h.mode === "RELEASE" ? "judgement.by.release" : "judgement.by.user", { name: h.by ?? t("development.formerUser") }),
              })}
              <br />
              {/* An analyst's reason is their own words, shown as typed, even if it
                  looks like a catalogue key; only the rule's and the release's reasons are keys. */}
              <span className="reason">{h.mode === "OVERRIDE" ? h.reason : translateMessage(t, h.reason)}</span>
            </li>
          ))}
        </ol>
      )}

      {roleCan(actor.role, "write:evidence") ? (
        <>
          <h2>{t("judgement.overrideTitle")}</h2>
          <OverrideForm id={id} current={status} inForce={view.override !== null} statuses={STATUSES} />
        </>
      ) : null}
    </>
  );
}
