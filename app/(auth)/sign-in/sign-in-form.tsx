"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { signInAction } from "../actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";

export function SignInForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(signInAction);
  return (
    <form {...formProps} className="stack" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field name="password" label={t("auth.password")} type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pending={pending} pendingLabel={t("auth.signIn.pending")}>
        {t("auth.signIn.submit")}
      </SubmitButton>
    </form>
  );
}
