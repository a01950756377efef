"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { setupAction } from "../actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";

export function SetupForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(setupAction);
  return (
    <form {...formProps} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("auth.setup.name")} autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field
        name="email"
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field
        name="password"
        label={t("auth.password")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("auth.setup.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pending={pending} pendingLabel={t("auth.setup.pending")}>
        {t("auth.setup.submit")}
      </SubmitButton>
    </form>
  );
}
