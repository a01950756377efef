"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { useActionState } from "react";
import { removeLinkAction, updateLinkAction } from "@/app/(app)/evidence/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";
import { DecisiveSelect } from "./decisive-select";
import { StanceSelect } from "./stance-select";

type Props = {
  linkId: string;
  developmentId: string;
  expectationId: string;
  version: number;
  stance: string;
  decisive: string;
  rationale: string;
  label: string;
};

export function EditLinkForm({ linkId, developmentId, expectationId, version, stance, decisive, rationale, label }: Props) {
  const t = useTranslations("evidence");
  const tc = useTranslations("common");
  const ref = { linkId, developmentId, expectationId };
  const { state, pending, formProps } = useKeptForm(updateLinkAction.bind(null, ref));
  const [removed, remove] = useActionState(removeLinkAction.bind(null, ref), IDLE);
  return (
    <details className="link-edit">
      <summary>{t("changeOrRemove")}</summary>
      <form {...formProps} className="stack wide" aria-label={t("changeForm", { label })}>
        <FormMessage state={state} />
        <input type="hidden" name="expectedVersion" value={version} />
        <StanceSelect id={`stance-${linkId}`} defaultValue={state.values?.stance ?? stance} errors={state.fieldErrors?.stance} />
        <DecisiveSelect id={`decisive-${linkId}`} defaultValue={state.values?.decisive ?? decisive} errors={state.fieldErrors?.decisive} />
        <div className="field">
          <label htmlFor={`rationale-${linkId}`}>{t("rationale")}</label>
          <textarea id={`rationale-${linkId}`} name="rationale" rows={2} defaultValue={state.values?.rationale ?? rationale} />
          {state.fieldErrors?.rationale ? <span className="error">{state.fieldErrors.rationale.join(" ")}</span> : null}
        </div>
        <SubmitButton pending={pending} pendingLabel={tc("saving")}>
          {t("save")}
        </SubmitButton>
      </form>
      <form action={remove} aria-label={t("removeForm", { label })}>
        <FormMessage state={removed} />
        <SubmitButton pendingLabel={t("removing")}>{t("remove")}</SubmitButton>
      </form>
    </details>
  );
}
