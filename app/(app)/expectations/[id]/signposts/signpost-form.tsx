"use client";
// One signpost's rule as a form: words and actors one per line (or comma
// separated), event types as boxes, the stance it proposes.
import { useTranslations } from "next-intl";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { removeSignpostAction, saveSignpostAction } from "./actions";

export type SignpostView = { id: string; label: string; terms: string[]; actors: string[]; eventTypes: string[]; stance: string };
type Props = { expectationId: string; signpost: SignpostView | null; eventTypes: { key: string; label: string }[]; stances: { key: string; label: string }[] };

/** Every change says why: it becomes a version of the expectation. */
function ReasonField({ id, value, errors }: { id: string; value?: string; errors?: string[] }) {
  const t = useTranslations("signposts");
  return (
    <div className="field">
      <label htmlFor={id}>{t("reason")}</label>
      <input id={id} name="reason" maxLength={500} defaultValue={value ?? ""} aria-invalid={errors ? true : undefined} />
      {errors ? <p className="form-error">{errors.join(" ")}</p> : null}
    </div>
  );
}

export function SignpostForm({ expectationId, signpost, eventTypes, stances }: Props) {
  const t = useTranslations("signposts");
  const { state, pending, formProps } = useKeptForm(saveSignpostAction.bind(null, expectationId, signpost?.id ?? "new"));
  const v = state.values;
  const id = (name: string) => `${signpost?.id ?? "new"}-${name}`;
  const chosen = new Set(signpost?.eventTypes ?? []);
  return (
    <form {...formProps} className="stack" noValidate aria-label={signpost ? t("editForm", { label: signpost.label }) : t("addForm")}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor={id("label")}>{t("label")}</label>
        <input
          id={id("label")}
          name="label"
          maxLength={120}
          defaultValue={v?.label ?? signpost?.label ?? ""}
          aria-invalid={state.fieldErrors?.label ? true : undefined}
        />
        {state.fieldErrors?.label ? <p className="form-error">{state.fieldErrors.label.join(" ")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={id("terms")}>{t("terms")}</label>
        <textarea
          id={id("terms")}
          name="terms"
          rows={4}
          defaultValue={v?.terms ?? signpost?.terms.join("\n") ?? ""}
          aria-invalid={state.fieldErrors?.terms ? true : undefined}
          aria-describedby={id("terms-hint")}
        />
        <p className="meta" id={id("terms-hint")}>
          {t("termsHint")}
        </p>
        {state.fieldErrors?.terms ? <p className="form-error">{state.fieldErrors.terms.join(" ")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={id("actors")}>{t("actors")}</label>
        <textarea id={id("actors")} name="actors" rows={2} defaultValue={v?.actors ?? signpost?.actors.join("\n") ?? ""} aria-describedby={id("actors-hint")} />
        <p className="meta" id={id("actors-hint")}>
          {t("actorsHint")}
        </p>
        {state.fieldErrors?.actors ? <p className="form-error">{state.fieldErrors.actors.join(" ")}</p> : null}
      </div>
      <fieldset>
        <legend>{t("eventTypes")}</legend>
        <div className="row">
          {eventTypes.map((e, i) => (
            <label key={e.key}>
              <input type="checkbox" name={`eventTypes.${i}`} value={e.key} defaultChecked={chosen.has(e.key)} /> {e.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={id("stance")}>{t("stance")}</label>
        <select id={id("stance")} name="stance" defaultValue={v?.stance ?? signpost?.stance ?? ""} aria-invalid={state.fieldErrors?.stance ? true : undefined}>
          <option value="">{t("chooseStance")}</option>
          {stances.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
        {state.fieldErrors?.stance ? <p className="form-error">{state.fieldErrors.stance.join(" ")}</p> : null}
      </div>
      <ReasonField id={id("reason")} value={v?.reason} errors={state.fieldErrors?.reason} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {signpost ? t("save") : t("add")}
      </SubmitButton>
    </form>
  );
}

export function RemoveSignpost({ expectationId, signpost }: { expectationId: string; signpost: SignpostView }) {
  const t = useTranslations("signposts");
  const { state, pending, formProps } = useKeptForm(removeSignpostAction.bind(null, expectationId, signpost.id));
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("removeForm", { label: signpost.label })}>
      <FormMessage state={state} />
      <ReasonField id={`${signpost.id}-remove-reason`} value={state.values?.reason} errors={state.fieldErrors?.reason} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}
