"use client";
// Controlled inputs for larger client forms: each has a label, an optional
// hint, and its error message tied to it for screen readers.
import type { ReactNode } from "react";

type Shell = { id: string; label: string; hint?: ReactNode; errors?: string[] };

function describedBy(id: string, hint: unknown, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, hint, errors }: Pick<Shell, "id" | "hint" | "errors">) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {errors?.length ? (
        <span id={`${id}-error`} className="error">
          {errors.join(" ")}
        </span>
      ) : null}
    </>
  );
}

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
      <Messages id={id} hint={hint} errors={errors} />
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
      <Messages id={id} hint={hint} errors={errors} />
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
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}
