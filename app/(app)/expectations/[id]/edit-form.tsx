"use client";
// Edit an expectation: every save is a new version with a reason (docs/decisions/0095).
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { editExpectationAction } from "./actions";
import { Field } from "@/app/components/field";
import { FieldMessages, describedBy } from "@/app/components/field-messages";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";

export type EditValues = {
  statement: string;
  statementKo: string;
  resolutionCriteria: string;
  resolutionCriteriaKo: string;
  deadline: string;
  confirmThreshold: string;
  contradictThreshold: string;
  conditionId: string;
};

type Signpost = { id: string; label: string; terms: string[]; stance: string };
type Props = {
  id: string;
  version: number;
  values: EditValues;
  conditions: { id: string; label: string }[];
  signposts: Signpost[];
  stances: readonly string[];
};

export function EditForm({ id, version, values, conditions, signposts, stances }: Props) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(editExpectationAction.bind(null, id));
  const v = (name: keyof EditValues) => (state.status === "error" ? (state.values?.[name] ?? values[name]) : values[name]);
  const errors = (name: string) => state.fieldErrors?.[name];
  const area = (name: keyof EditValues | "reason", label: string, rows: number, hint?: string) => {
    const fieldId = `edit-${name}`;
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          id={fieldId}
          name={name}
          rows={rows}
          defaultValue={name === "reason" ? (state.status === "error" ? state.values?.reason : "") : v(name)}
          key={name === "reason" ? `reason-${version}` : `${name}-${version}`}
          aria-invalid={errors(name)?.length ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, errors(name))}
        />
        <FieldMessages id={fieldId} hint={hint} errors={errors(name)} alert />
      </div>
    );
  };
  return (
    <form {...formProps} className="stack wide" noValidate aria-label={t("expectationEdit.form")} data-testid="edit-form">
      <p className="meta">{t("expectationEdit.intro", { version })}</p>
      <FormMessage state={state} />
      <input type="hidden" name="expectedVersion" value={version} />
      {area("statement", t("expectationEdit.fields.statement"), 2)}
      {area("statementKo", t("expectationEdit.fields.statementKo"), 2)}
      {area("resolutionCriteria", t("expectationEdit.fields.resolutionCriteria"), 3)}
      {area("resolutionCriteriaKo", t("expectationEdit.fields.resolutionCriteriaKo"), 3)}
      <Field
        key={`deadline-${version}`}
        name="deadline"
        label={t("expectationEdit.fields.deadline")}
        type="date"
        defaultValue={v("deadline")}
        errors={errors("deadline")}
        hint={t("expectationEdit.deadlineHint")}
      />
      <Field
        key={`confirm-${version}`}
        name="confirmThreshold"
        label={t("thresholds.confirm")}
        type="number"
        step="0.1"
        defaultValue={v("confirmThreshold")}
        errors={errors("confirmThreshold")}
        hint={t("thresholds.confirmHint")}
      />
      <Field
        key={`contradict-${version}`}
        name="contradictThreshold"
        label={t("thresholds.contradict")}
        type="number"
        step="0.1"
        defaultValue={v("contradictThreshold")}
        errors={errors("contradictThreshold")}
        hint={t("thresholds.contradictHint")}
      />
      <div className="field">
        <label htmlFor="edit-conditionId">{t("expectationEdit.fields.conditionId")}</label>
        <select
          id="edit-conditionId"
          name="conditionId"
          key={`condition-${version}`}
          defaultValue={v("conditionId")}
          aria-invalid={errors("conditionId")?.length ? true : undefined}
          aria-describedby={describedBy("edit-conditionId", undefined, errors("conditionId"))}
        >
          <option value="">{t("expectationEdit.noCondition")}</option>
          {conditions.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldMessages id="edit-conditionId" errors={errors("conditionId")} alert />
      </div>
      <fieldset className="row-group" key={`signposts-${version}`}>
        <legend>{t("expectationEdit.fields.signposts")}</legend>
        {signposts.length === 0 ? <p className="empty">{t("expectationEdit.noSignposts")}</p> : null}
        {signposts.map((sp, i) => (
          <div className="field" key={sp.id}>
            <label>
              <input type="checkbox" name={`removeSignposts.${i}`} value={sp.id} /> {t("expectationEdit.removeSignpost", { label: sp.label })}
            </label>
            <span className="hint">
              {t(`stances.${sp.stance}`)}: {sp.terms.join(", ")}
            </span>
          </div>
        ))}
        <Field
          name="signpostLabel"
          label={t("expectationEdit.signpostLabel")}
          defaultValue={state.status === "error" ? state.values?.signpostLabel : ""}
          errors={errors("signpostLabel")}
        />
        <Field
          name="signpostTerms"
          label={t("expectationEdit.signpostTerms")}
          defaultValue={state.status === "error" ? state.values?.signpostTerms : ""}
          errors={errors("signpostTerms")}
          hint={t("expectationEdit.signpostTermsHint")}
        />
        <div className="field">
          <label htmlFor="edit-signpostStance">{t("expectationEdit.signpostStance")}</label>
          <select
            id="edit-signpostStance"
            name="signpostStance"
            defaultValue={state.status === "error" ? (state.values?.signpostStance ?? "") : ""}
            aria-invalid={errors("signpostStance")?.length ? true : undefined}
            aria-describedby={describedBy("edit-signpostStance", undefined, errors("signpostStance"))}
          >
            <option value="">{t("expectationEdit.chooseStance")}</option>
            {stances.map((s) => (
              <option key={s} value={s}>
                {t(`stances.${s}`)}
              </option>
            ))}
          </select>
          <FieldMessages id="edit-signpostStance" errors={errors("signpostStance")} alert />
        </div>
        {errors("removeSignposts") ? <FieldMessages id="edit-removeSignposts" errors={errors("removeSignposts")} alert /> : null}
      </fieldset>
      {area("reason", t("expectationEdit.reason"), 2, t("expectationEdit.reasonHint"))}
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("expectationEdit.submit")}
      </SubmitButton>
    </form>
  );
}
