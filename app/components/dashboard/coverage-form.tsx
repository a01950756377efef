"use client";
import { useTranslations } from "next-intl";
import { setCoverageAction } from "@/app/(app)/coverage/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";

export function CoverageForm({ surveyId, current, max }: { surveyId: string; current: string; max: string }) {
  const t = useTranslations();
  // Kept like every other form: the typed day stays and the field in error takes the focus.
  const { state, pending, formProps } = useKeptForm(setCoverageAction);
  const error = state.fieldErrors?.throughDay;
  return (
    <form {...formProps} className="inline" noValidate aria-label={t("coverage.formLabel")}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="field">
        <label htmlFor={`coverage-${surveyId}`}>{t("coverage.label")}</label>
        <input
          id={`coverage-${surveyId}`}
          name="throughDay"
          type="date"
          max={max}
          defaultValue={state.values?.throughDay ?? current}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `coverage-${surveyId}-error` : undefined}
        />
        {error ? (
          <span id={`coverage-${surveyId}-error`} className="error">
            {error.join(" ")}
          </span>
        ) : null}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("coverage.submit")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
