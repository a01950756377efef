"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export function CreateTokenForm({ maxDays }: { maxDays: number }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(createApiTokenAction);
  const values = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors;
  const secret = state.status === "ok" ? state.shown?.secret : undefined;
  return (
    <>
      <form {...formProps} className="stack" noValidate aria-label={t("apiTokens.create")} key={secret ?? "form"}>
        <FormMessage state={state} />
        <Field name="name" label={t("apiTokens.name")} hint={t("apiTokens.nameHint")} required defaultValue={values?.name} errors={e?.name} />
        <Field
          name="expiresInDays"
          label={t("apiTokens.days")}
          hint={t("apiTokens.daysHint", { max: maxDays })}
          type="number"
          required
          defaultValue={values?.expiresInDays ?? "90"}
          errors={e?.expiresInDays}
        />
        <SubmitButton pending={pending} pendingLabel={t("apiTokens.pending")}>
          {t("apiTokens.create")}
        </SubmitButton>
      </form>
      {secret ? (
        <section className="card" aria-labelledby="new-token-title">
          <h2 id="new-token-title">{t("apiTokens.secretTitle")}</h2>
          <p>{t("apiTokens.secretOnce")}</p>
          <p>
            <code className="break" data-testid="new-token">
              {secret}
            </code>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** Stays mounted once the token is revoked, so the confirmation outlives the button. */
export function RevokeTokenButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations();
  const revoke = useKeptForm(revokeApiTokenAction.bind(null, id));
  if (!active) return <FormMessage state={revoke.state} />;
  return (
    <form {...revoke.formProps}>
      <SubmitButton pending={revoke.pending} pendingLabel={t("apiTokens.pending")}>
        {t("apiTokens.revoke", { name })}
      </SubmitButton>
      <FormMessage state={revoke.state} />
    </form>
  );
}
