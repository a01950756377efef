"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { changeOwnPasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(changeOwnPasswordAction);
  return (
    <form {...formProps} className="stack" noValidate>
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        label={t("accounts.currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        name="newPassword"
        label={t("accounts.newPassword")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("users.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={state.fieldErrors?.newPassword}
      />
      <Field
        name="confirmPassword"
        label={t("accounts.confirmPassword")}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("accounts.passwordSubmit")}
      </SubmitButton>
    </form>
  );
}
