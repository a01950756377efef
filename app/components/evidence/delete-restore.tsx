"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteDevelopmentAction, restoreDevelopmentAction } from "@/app/(app)/developments/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";

export function DeleteDevelopmentForm({ id }: { id: string }) {
  const t = useTranslations("development");
  const [state, action] = useActionState(deleteDevelopmentAction.bind(null, id), IDLE);
  return (
    <form action={action} aria-label={t("delete")}>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("deleting")}>{t("delete")}</SubmitButton>
      <span className="hint"> {t("deleteHint")}</span>
    </form>
  );
}

export function RestoreDevelopmentForm({ id }: { id: string }) {
  const t = useTranslations("development");
  const [state, action] = useActionState(restoreDevelopmentAction.bind(null, id), IDLE);
  return (
    <form action={action} aria-label={t("restore")}>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("restoring")}>{t("restore")}</SubmitButton>
    </form>
  );
}
