"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { createUserAction } from "./actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { ROLES } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";

export function CreateUserForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(createUserAction);
  // A successful save clears the form (new key); a failed one keeps what was typed.
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form {...formProps} className="stack" noValidate key={state.status === "ok" ? state.message : "form"}>
      <FormMessage state={state} />
      <Field name="name" label={t("users.name")} required defaultValue={values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label={t("users.email")} type="email" required defaultValue={values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label={t("users.firstPassword")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("users.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={state.fieldErrors?.password}
      />
      <div className="field">
        <label htmlFor="field-role">{t("users.role")}</label>
        <select id="field-role" name="role" defaultValue={values?.role ?? "analyst"}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t("users.roleOption", { role: t(`roles.${role}`), description: t(`roles.describe.${role}`) })}
            </option>
          ))}
        </select>
        {state.fieldErrors?.role ? (
          <span className="error" role="alert">
            {state.fieldErrors.role.join(" ")}
          </span>
        ) : null}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("users.pending")}>
        {t("users.submit")}
      </SubmitButton>
    </form>
  );
}
