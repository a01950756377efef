"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { RELIABILITY_KEYS } from "@/lib/developments/admiralty";
import { FEED_LANGUAGES } from "@/lib/feeds/languages";
import { addFeedAction, pollFeedAction, removeFeedAction } from "./actions";

function Select({
  name,
  label,
  options,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <div className="field">
      <label htmlFor={`field-${name}`}>{label}</label>
      <select id={`field-${name}`} name={name} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <span className="error" role="alert">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}

export function AddFeedForm() {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(addFeedAction);
  const values = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors;
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("feeds.add")} key={state.status === "ok" ? state.message : "form"}>
      <FormMessage state={state} />
      <Field name="url" label={t("feeds.url")} type="url" required defaultValue={values?.url} errors={e?.url} />
      <Field name="name" label={t("feeds.name")} required defaultValue={values?.name} errors={e?.name} />
      <Select
        name="language"
        label={t("feeds.language")}
        defaultValue={values?.language ?? "en"}
        errors={e?.language}
        options={FEED_LANGUAGES.map((l) => ({ value: l, label: t(`feeds.languages.${l}`) }))}
      />
      <Select
        name="defaultReliability"
        label={t("feeds.reliability")}
        defaultValue={values?.defaultReliability ?? "B"}
        errors={e?.defaultReliability}
        options={RELIABILITY_KEYS.map((r) => ({ value: r, label: r }))}
      />
      <Select
        name="defaultCredibility"
        label={t("feeds.credibility")}
        defaultValue={values?.defaultCredibility ?? "2"}
        errors={e?.defaultCredibility}
        options={["1", "2", "3", "4", "5", "6"].map((c) => ({ value: c, label: c }))}
      />
      <Field name="pollMinutes" label={t("feeds.pollMinutes")} type="number" defaultValue={values?.pollMinutes ?? "60"} errors={e?.pollMinutes} />
      <SubmitButton pending={pending} pendingLabel={t("feeds.pending")}>
        {t("feeds.add")}
      </SubmitButton>
    </form>
  );
}

export function FeedButtons({ id, name }: { id: string; name: string }) {
  const t = useTranslations();
  const poll = useKeptForm(pollFeedAction.bind(null, id));
  const remove = useKeptForm(removeFeedAction.bind(null, id));
  return (
    <div className="row">
      <form {...poll.formProps}>
        <SubmitButton pending={poll.pending} pendingLabel={t("feeds.polling")}>
          {t("feeds.pollNow", { name })}
        </SubmitButton>
        <FormMessage state={poll.state} />
      </form>
      <form {...remove.formProps}>
        <SubmitButton pending={remove.pending} pendingLabel={t("feeds.pending")}>
          {t("feeds.remove", { name })}
        </SubmitButton>
        <FormMessage state={remove.state} />
      </form>
    </div>
  );
}
