"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { addWebhookAction, removeWebhookAction } from "./actions";

export function AddWebhookForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(addWebhookAction);
  const values = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors;
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("webhooks.add")}>
      <div className="break">
        <FormMessage state={state} />
      </div>
      <Field name="url" label={t("webhooks.url")} type="url" required defaultValue={values?.url} errors={e?.url} />
      <Field name="description" label={t("webhooks.description")} defaultValue={values?.description} errors={e?.description} />
      <SubmitButton pending={pending} pendingLabel={t("webhooks.submit")}>
        {t("webhooks.submit")}
      </SubmitButton>
    </form>
  );
}

export function RemoveWebhookButton({ id, url }: { id: string; url: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(removeWebhookAction.bind(null, id));
  return (
    <form {...formProps}>
      <button type="submit" className="secondary" disabled={pending} aria-busy={pending} aria-label={`${t("webhooks.remove")}: ${url}`}>
        {t("webhooks.remove")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
