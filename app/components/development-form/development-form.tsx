"use client";
// Log or edit a development: date and precision, what happened, who, tags,
// graded sources and (when logging) the expectations it bears on. The state
// stays in the browser, so a refused save keeps everything that was typed.
import { useActionState, useState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { Select, TextArea, TextInput } from "@/app/components/form-controls";
import { SubmitButton } from "@/app/components/submit-button";
import { EVENT_TYPES } from "@/lib/developments/event-types";
import { LIMITS } from "@/lib/developments/schemas";
import { IDLE, type FormState } from "@/lib/http/form-state";
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
};

export function DevelopmentForm({ action, initial, known, expectations, expectedVersion, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [v, setV] = useState(initial);
  const set = <K extends keyof DevelopmentValues>(key: K) => (value: DevelopmentValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const errors = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={formAction} className="stack wide" noValidate aria-label={submitLabel}>
      <FormMessage state={state} />
      {expectedVersion ? <input type="hidden" name="expectedVersion" value={expectedVersion} /> : null}
      <div className="inline">
        <TextInput id="occurredOn" name="occurredOn" label="When it happened" type="date" value={v.occurredOn} onChange={set("occurredOn")} errors={errors("occurredOn")} />
        <Select id="datePrecision" name="datePrecision" label="Date precision" value={v.datePrecision} onChange={set("datePrecision")} errors={errors("datePrecision")}
          options={[{ value: "DAY", label: "Exact day" }, { value: "MONTH", label: "Month only" }, { value: "YEAR", label: "Year only" }]} />
      </div>
      <TextInput id="title" name="title" label="Title" value={v.title} onChange={set("title")} maxLength={LIMITS.title + 50} errors={errors("title")} />
      <TextArea id="summary" name="summary" label="Summary" value={v.summary} onChange={set("summary")} rows={5} errors={errors("summary")} hint={`Up to ${LIMITS.summary} characters, in any language.`} />
      <Select id="eventType" name="eventType" label="Event type" value={v.eventType} onChange={set("eventType")} placeholder="Choose an event type" errors={errors("eventType")}
        options={EVENT_TYPES.map((e) => ({ value: e.key, label: `${e.label} (${e.hint})` }))} />
      <NameListInput name="actors" label="Actors" values={v.actors} onChange={set("actors")} known={known.actors} errors={errors("actors")} hint="Pick a known actor or type a new one, then Add." />
      <NameListInput name="tags" label="Tags" values={v.tags} onChange={set("tags")} known={known.tags} errors={errors("tags")} />

      <h2>Sources</h2>
      <AdmiraltyHelp />
      {errors("sources") ? <p className="error">{errors("sources")?.join(" ")}</p> : null}
      {v.sources.map((source, i) => (
        <SourceFields key={i} index={i} value={source} errors={errors}
          onChange={(s) => set("sources")(v.sources.map((old, j) => (j === i ? s : old)))}
          onRemove={v.sources.length > 1 ? () => set("sources")(v.sources.filter((_, j) => j !== i)) : undefined} />
      ))}
      <button type="button" className="secondary" onClick={() => set("sources")([...v.sources, { ...EMPTY_SOURCE }])}>Add another source</button>

      {expectations ? (
        <>
          <h2>Expectations it bears on</h2>
          {errors("links") ? <p className="error">{errors("links")?.join(" ")}</p> : null}
          {v.links.map((link, i) => (
            <LinkFields key={i} index={i} value={link} expectations={expectations} errors={errors}
              onChange={(l) => set("links")(v.links.map((old, j) => (j === i ? l : old)))}
              onRemove={() => set("links")(v.links.filter((_, j) => j !== i))} />
          ))}
          <button type="button" className="secondary" onClick={() => set("links")([...v.links, { ...EMPTY_LINK }])}>Link to an expectation</button>
        </>
      ) : null}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
