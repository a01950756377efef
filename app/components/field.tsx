// A labelled input with its error message beside it, announced to screen readers.
type FieldProps = {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  step?: string;
};

export function Field({ name, label, type = "text", defaultValue, errors, hint, required, autoComplete, step }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        step={step}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {errors?.length ? (
        <span id={`${id}-error`} className="error" role="alert">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}
