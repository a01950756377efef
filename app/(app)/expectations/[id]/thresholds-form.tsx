"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { updateThresholdsAction } from "./actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";

type Props = { id: string; version: number; confirmThreshold: number; contradictThreshold: number };

export function ThresholdsForm({ id, version, confirmThreshold, contradictThreshold }: Props) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(updateThresholdsAction.bind(null, id));
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("thresholds.form")}>
      <FormMessage state={state} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field
        name="confirmThreshold"
        label={t("thresholds.confirm")}
        type="number"
        step="0.1"
        defaultValue={state.values?.confirmThreshold ?? String(confirmThreshold)}
        errors={state.fieldErrors?.confirmThreshold}
        hint={t("thresholds.confirmHint")}
      />
      <Field
        name="contradictThreshold"
        label={t("thresholds.contradict")}
        type="number"
        step="0.1"
        defaultValue={state.values?.contradictThreshold ?? String(contradictThreshold)}
        errors={state.fieldErrors?.contradictThreshold}
        hint={t("thresholds.contradictHint")}
      />
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("thresholds.submit")}
      </SubmitButton>
    </form>
  );
}
