"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { setReviewPolicyAction } from "./actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";

// The policies come from the server (lib/vocabulary.ts), as the override form's statuses do.
export function ReviewPolicyForm({ surveyId, current, policies, label }: { surveyId: string; current: string; policies: readonly string[]; label: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(setReviewPolicyAction);
  return (
    <form {...formProps} className="stack" noValidate aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <select name="reviewPolicy" defaultValue={state.values?.reviewPolicy ?? current} aria-label={label}>
        {policies.map((p) => (
          <option key={p} value={p}>
            {t(`reviews.policy.${p}`)}
          </option>
        ))}
      </select>
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("reviews.policySave")}
      </SubmitButton>
    </form>
  );
}
