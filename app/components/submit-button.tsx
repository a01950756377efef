"use client";
import { useFormStatus } from "react-dom";

/**
 * A submit button that says it is working while its form's action runs.
 * Forms submitted through useKeptForm pass `pending`: their action runs in a
 * transition that useFormStatus does not see.
 */
export function SubmitButton({ children, pendingLabel, pending }: { children: React.ReactNode; pendingLabel: string; pending?: boolean }) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" disabled={busy} aria-busy={busy}>
      {busy ? pendingLabel : children}
    </button>
  );
}
