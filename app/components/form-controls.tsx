"use client";
// Controlled inputs for larger client forms: each has a label, an optional
// hint, and its error message tied to it for screen readers.
import type { ReactNode } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Shell = { id: string; label: string; hint?: ReactNode; errors?: string[] };

export function TextInput(
  props: Shell & { name: string; value: string; onChange: (v: string) => void; type?: string; maxLength?: number; required?: boolean },
) {
  const { id, label, hint, errors, name, value, onChange, type = "text", maxLength, required } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        maxLength={maxLength}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea(props: Shell & { name: string; value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  const { id, label, hint, errors, name, value, onChange, rows = 4, maxLength } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function Select(
  props: Shell & { name: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; placeholder?: string },
) {
  const { id, label, hint, errors, name, value, onChange, options, placeholder } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        title={options.find((o) => o.value === value)?.label}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} title={o.label}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}
