"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";
import { ROLES } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { changeRoleAction, disableAccountAction, enableAccountAction, temporaryPasswordAction } from "../account-actions";

export function RoleForm({ id, role }: { id: string; role: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(changeRoleAction.bind(null, id));
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("accounts.roleTitle")}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="account-role">{t("users.role")}</label>
        <select id="account-role" name="role" defaultValue={state.values?.role ?? role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t("users.roleOption", { role: t(`roles.${r}`), description: t(`roles.describe.${r}`) })}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("accounts.roleSubmit")}
      </SubmitButton>
    </form>
  );
}

export function DisableForm({ id, disabled }: { id: string; disabled: boolean }) {
  const t = useTranslations();
  const [state, action] = useActionState((disabled ? enableAccountAction : disableAccountAction).bind(null, id), IDLE);
  return (
    <form action={action} className="stack" aria-label={t("accounts.accessTitle")}>
      <FormMessage state={state} />
      <p className="meta">{disabled ? t("accounts.disabledNote") : t("accounts.disableNote")}</p>
      <SubmitButton pendingLabel={t("common.saving")}>{disabled ? t("accounts.enableSubmit") : t("accounts.disableSubmit")}</SubmitButton>
    </form>
  );
}

export function TemporaryPasswordForm({ id }: { id: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(temporaryPasswordAction.bind(null, id));
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("accounts.temporaryTitle")} key={state.status === "ok" ? "done" : "form"}>
      <FormMessage state={state} />
      <p className="meta">{t("accounts.temporaryNote")}</p>
      <Field
        name="password"
        label={t("accounts.temporaryPassword")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("users.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("accounts.temporarySubmit")}
      </SubmitButton>
    </form>
  );
}
