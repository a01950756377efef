"use client";
// Log or edit a development: date and precision, what happened, who, tags,
// graded sources and (when logging) the expectations it bears on. The state
// stays in the browser, so a refused save keeps everything that was typed.
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { useState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { Select, TextArea, TextInput } from "@/app/components/form-controls";
import { SubmitButton } from "@/app/components/submit-button";
import { EVENT_TYPE_KEYS } from "@/lib/developments/event-types";
import { DATE_PRECISIONS } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/developments/limits";
import type { FormState } from "@/lib/web/http/form-state";
import { AdmiraltyHelp } from "./admiralty-help";
import { LinkFields, type ExpectationOption } from "./link-fields";
import { NameListInput } from "./name-list-input";
import { SourceFields } from "./source-fields";
import { EMPTY_LINK, EMPTY_SOURCE, type DevelopmentValues } from "./values";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  initial: DevelopmentValues;
  known: { actors: string[]; tags: string[] };
  expectations?: ExpectationOption[]; // links are part of the form only when logging
  expectedVersion?: number;
  submitLabel: string;
  /** Extra fields the form carries unseen (the inbox item being accepted). */
  hidden?: Record<string, string>;
};

export function DevelopmentForm({ action, initial, known, expectations, expectedVersion, submitLabel, hidden }: Props) {
  const t = useTranslations("developmentForm");
  const tAll = useTranslations();
  const { state, pending, formProps } = useKeptForm(action);
  const [v, setV] = useState(initial);
  const set =
    <K extends keyof DevelopmentValues>(key: K) =>
    (value: DevelopmentValues[K]) =>
      setV((old) => ({ ...old, [key]: value }));
  const errors = (field: string) => state.fieldErrors?.[field];
  return (
    <form {...formProps} className="stack wide" noValidate aria-label={submitLabel}>
      <FormMessage state={state} />
      {expectedVersion ? <input type="hidden" name="expectedVersion" value={expectedVersion} /> : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="inline">
        <TextInput
          id="occurredOn"
          name="occurredOn"
          label={t("occurredOn")}
          type="date"
          value={v.occurredOn}
          onChange={set("occurredOn")}
          errors={errors("occurredOn")}
        />
        <Select
          id="datePrecision"
          name="datePrecision"
          label={t("datePrecision")}
          value={v.datePrecision}
          onChange={set("datePrecision")}
          errors={errors("datePrecision")}
          options={DATE_PRECISIONS.map((p) => ({ value: p, label: t(`precision.${p}`) }))}
        />
      </div>
      <TextInput id="title" name="title" label={t("title")} value={v.title} onChange={set("title")} maxLength={LIMITS.title + 50} errors={errors("title")} />
      <TextArea
        id="summary"
        name="summary"
        label={t("summary")}
        value={v.summary}
        onChange={set("summary")}
        rows={5}
        errors={errors("summary")}
        hint={t("summaryHint", { max: LIMITS.summary })}
      />
      <Select
        id="eventType"
        name="eventType"
        label={t("eventType")}
        value={v.eventType}
        onChange={set("eventType")}
        placeholder={t("chooseEventType")}
        errors={errors("eventType")}
        options={EVENT_TYPE_KEYS.map((k) => ({
          value: k,
          label: t("eventTypeOption", { label: tAll(`eventTypes.${k}.label`), hint: tAll(`eventTypes.${k}.hint`) }),
        }))}
      />
      <NameListInput
        name="actors"
        label={t("actors")}
        addLabel={t("addActor")}
        values={v.actors}
        onChange={set("actors")}
        known={known.actors}
        errors={errors("actors")}
        hint={t("actorsHint")}
      />
      <NameListInput name="tags" label={t("tags")} addLabel={t("addTag")} values={v.tags} onChange={set("tags")} known={known.tags} errors={errors("tags")} />

      <h2>{t("sources")}</h2>
      <AdmiraltyHelp />
      {errors("sources") ? <p className="error">{errors("sources")?.join(" ")}</p> : null}
      {v.sources.map((source, i) => (
        <SourceFields
          key={i}
          index={i}
          value={source}
          errors={errors}
          onChange={(s) => set("sources")(v.sources.map((old, j) => (j === i ? s : old)))}
          onRemove={v.sources.length > 1 ? () => set("sources")(v.sources.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <button type="button" className="secondary" onClick={() => set("sources")([...v.sources, { ...EMPTY_SOURCE }])}>
        {t("addSource")}
      </button>

      {expectations ? (
        <>
          <h2>{t("bearsOn")}</h2>
          {errors("links") ? <p className="error">{errors("links")?.join(" ")}</p> : null}
          {v.links.map((link, i) => (
            <LinkFields
              key={i}
              index={i}
              value={link}
              expectations={expectations}
              errors={errors}
              onChange={(l) => set("links")(v.links.map((old, j) => (j === i ? l : old)))}
              onRemove={() => set("links")(v.links.filter((_, j) => j !== i))}
            />
          ))}
          <button type="button" className="secondary" onClick={() => set("links")([...v.links, { ...EMPTY_LINK }])}>
            {t("addLink")}
          </button>
        </>
      ) : null}
      <SubmitButton pending={pending} pendingLabel={tAll("common.saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
