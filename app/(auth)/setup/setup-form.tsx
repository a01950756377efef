"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setupAction } from "../actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";

export function SetupForm() {
  const t = useTranslations();
  const [state, action] = useActionState(setupAction, IDLE);
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("auth.setup.name")} autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label={t("auth.email")} type="email" autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" label={t("auth.password")} type="password" autoComplete="new-password" required
        hint={t("auth.setup.passwordHint", { min: MIN_PASSWORD_LENGTH })} errors={state.fieldErrors?.password} />
      <SubmitButton pendingLabel={t("auth.setup.pending")}>{t("auth.setup.submit")}</SubmitButton>
    </form>
  );
}
