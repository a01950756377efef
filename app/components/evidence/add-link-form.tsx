"use client";
// Link a development to an expectation, from whichever side the analyst is on:
// the other side is a fixed hidden value, this side a choice.
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { addLinkAction } from "@/app/(app)/evidence/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { DecisiveSelect } from "./decisive-select";
import { StanceSelect } from "./stance-select";

type Props = {
  fixed: { name: "developmentId" | "expectationId"; value: string };
  choose: { name: "developmentId" | "expectationId"; label: string; options: { id: string; label: string }[] };
};

export function AddLinkForm({ fixed, choose }: Props) {
  const t = useTranslations("evidence");
  const tc = useTranslations("common");
  const { state, pending, formProps } = useKeptForm(addLinkAction);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form {...formProps} className="stack wide" aria-label={t("addForm")} key={state.status === "ok" ? Math.random() : "form"}>
      <FormMessage state={state} />
      <input type="hidden" name={fixed.name} value={fixed.value} />
      <div className="field">
        <label htmlFor={`add-link-${choose.name}`}>{choose.label}</label>
        <select
          id={`add-link-${choose.name}`}
          name={choose.name}
          defaultValue={values?.[choose.name] ?? ""}
          aria-invalid={state.fieldErrors?.[choose.name] ? true : undefined}
        >
          <option value="">{tc("choose")}</option>
          {choose.options.map((o) => (
            <option key={o.id} value={o.id} title={o.label}>
              {o.label}
            </option>
          ))}
        </select>
        {state.fieldErrors?.[choose.name] ? <span className="error">{state.fieldErrors[choose.name]?.join(" ")}</span> : null}
      </div>
      <StanceSelect id="add-link-stance" defaultValue={values?.stance} errors={state.fieldErrors?.stance} />
      <DecisiveSelect id="add-link-decisive" defaultValue={values?.decisive} errors={state.fieldErrors?.decisive} />
      <div className="field">
        <label htmlFor="add-link-rationale">{t("rationale")}</label>
        <textarea
          id="add-link-rationale"
          name="rationale"
          rows={2}
          defaultValue={values?.rationale}
          aria-invalid={state.fieldErrors?.rationale ? true : undefined}
        />
        {state.fieldErrors?.rationale ? <span className="error">{state.fieldErrors.rationale.join(" ")}</span> : null}
      </div>
      <SubmitButton pending={pending} pendingLabel={tc("saving")}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
