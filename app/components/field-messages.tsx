// A field's hint and error, tied to its input for screen readers: shared by
// the uncontrolled Field and the controlled inputs of the larger forms.
import type { ReactNode } from "react";

export function describedBy(id: string, hint: unknown, errors?: string[]): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessages({ id, hint, errors, alert }: { id: string; hint?: ReactNode; errors?: string[]; alert?: boolean }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {errors?.length ? (
        <span id={`${id}-error`} className="error" role={alert ? "alert" : undefined}>
          {errors.join(" ")}
        </span>
      ) : null}
    </>
  );
}
