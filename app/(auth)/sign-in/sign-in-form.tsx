"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "../actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/http/form-state";

export function SignInForm() {
  const t = useTranslations();
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="email" label={t("auth.email")} type="email" autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" label={t("auth.password")} type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pendingLabel={t("auth.signIn.pending")}>{t("auth.signIn.submit")}</SubmitButton>
    </form>
  );
}
