"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";
import { runNowAction } from "./actions";

export function RunNowButton({ job }: { job: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(runNowAction.bind(null, job), IDLE);
  return (
    <form action={action} aria-label={t("jobs.runNowFor", { job })}>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("common.saving")}>{t("jobs.runNow")}</SubmitButton>
    </form>
  );
}
