"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { useActionState } from "react";
import { overrideStatusAction, releaseOverrideAction } from "./judgement-actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";

// The statuses come from the server: lib/judgement/schemas loads zod, which a
// client bundle must not (docs/decisions/0015).
export function OverrideForm({ id, current, inForce, statuses }: { id: string; current: string; inForce: boolean; statuses: readonly string[] }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(overrideStatusAction.bind(null, id));
  const [released, release] = useActionState(releaseOverrideAction.bind(null, id), IDLE);
  return (
    <>
      <form {...formProps} className="stack wide" noValidate aria-label={t("judgement.overrideTitle")}>
        <p className="meta">{t("judgement.overrideNote")}</p>
        <FormMessage state={state} />
        <div className="field">
          <label htmlFor="override-status">{t("judgement.status")}</label>
          <select id="override-status" name="status" defaultValue={state.values?.status ?? current} aria-invalid={state.fieldErrors?.status ? true : undefined}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          {state.fieldErrors?.status ? <span className="error">{state.fieldErrors.status.join(" ")}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="override-reason">{t("judgement.reasonLabel")}</label>
          <textarea
            id="override-reason"
            name="reason"
            rows={2}
            defaultValue={state.values?.reason}
            aria-invalid={state.fieldErrors?.reason ? true : undefined}
            aria-describedby={state.fieldErrors?.reason ? "override-reason-error" : undefined}
          />
          {state.fieldErrors?.reason ? (
            <span id="override-reason-error" className="error">
              {state.fieldErrors.reason.join(" ")}
            </span>
          ) : null}
        </div>
        <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
          {t("judgement.overrideSubmit")}
        </SubmitButton>
      </form>
      {/* Outside the form: after a release the form goes away, the confirmation stays. */}
      <FormMessage state={released} />
      {inForce ? (
        <form action={release} aria-label={t("judgement.release")}>
          <SubmitButton pendingLabel={t("judgement.releasing")}>{t("judgement.release")}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}
