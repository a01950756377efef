"use client";
// A growing list of names (actors, tags): pick a known one or type a new one.
// Each chosen name is posted as `${name}.${i}`.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

type Props = {
  name: string;
  label: string;
  addLabel: string;
  values: string[];
  onChange: (v: string[]) => void;
  known: string[];
  errors?: string[];
  hint?: string;
};

export function NameListInput({ name, label, addLabel, values, onChange, known, errors, hint }: Props) {
  const t = useTranslations("developmentForm");
  const [draft, setDraft] = useState("");
  const id = useId();
  const add = () => {
    const value = draft.trim();
    if (value && !values.some((v) => v.toLocaleLowerCase() === value.toLocaleLowerCase())) onChange([...values, value]);
    setDraft("");
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <ul className="chips" aria-label={t("chosen", { label })}>
        {values.map((v, i) => (
          <li key={v}>
            <input type="hidden" name={`${name}.${i}`} value={v} />
            {v}{" "}
            <button type="button" className="link" onClick={() => onChange(values.filter((x) => x !== v))} aria-label={t("removeName", { name: v })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline">
        <input
          id={id}
          list={`${id}-known`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={80}
          aria-invalid={errors?.length ? true : undefined}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="button" className="secondary" onClick={add}>
          {addLabel}
        </button>
      </div>
      <datalist id={`${id}-known`}>
        {known.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {errors?.length ? <span className="error">{errors.join(" ")}</span> : null}
    </div>
  );
}
