// A labelled input with its error message beside it, announced to screen readers.
import { describedBy, FieldMessages } from "./field-messages";

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
        aria-describedby={describedBy(id, hint, errors)}
      />
      <FieldMessages id={id} hint={hint} errors={errors} alert />
    </div>
  );
}
