"use client";
// An analyst's forecast: a probability, the day it was made, a short reason (docs/decisions/0096).
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { recordForecastAction, removeForecastAction } from "./actions";
import { Field } from "@/app/components/field";
import { FieldMessages, describedBy } from "@/app/components/field-messages";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useActionState } from "react";
import { IDLE } from "@/lib/web/http/form-state";

export function ForecastForm({ id, today }: { id: string; today: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(recordForecastAction.bind(null, id));
  const kept = state.status === "error" ? state.values : undefined;
  const reasonErrors = state.fieldErrors?.reason;
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("forecasts.form")} data-testid="forecast-form">
      <FormMessage state={state} />
      <Field
        name="probability"
        label={t("forecasts.probability")}
        type="number"
        step="1"
        defaultValue={kept?.probability ?? ""}
        errors={state.fieldErrors?.probability}
        hint={t("forecasts.probabilityHint")}
      />
      <Field name="madeOn" label={t("forecasts.madeOn")} type="date" defaultValue={kept?.madeOn ?? today} errors={state.fieldErrors?.madeOn} />
      <div className="field">
        <label htmlFor="forecast-reason">{t("forecasts.reasonLabel")}</label>
        <textarea
          id="forecast-reason"
          name="reason"
          rows={2}
          defaultValue={kept?.reason}
          aria-invalid={reasonErrors?.length ? true : undefined}
          aria-describedby={describedBy("forecast-reason", undefined, reasonErrors)}
        />
        <FieldMessages id="forecast-reason" errors={reasonErrors} alert />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("forecasts.submit")}
      </SubmitButton>
    </form>
  );
}

export function RemoveForecast({ id }: { id: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(removeForecastAction.bind(null, id), IDLE);
  return (
    <form action={action} className="inline">
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("common.saving")}>{t("forecasts.remove")}</SubmitButton>
    </form>
  );
}
