"use client";
import { useActionState } from "react";
import { deleteDevelopmentAction, restoreDevelopmentAction } from "@/app/(app)/developments/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/http/form-state";

export function DeleteDevelopmentForm({ id }: { id: string }) {
  const [state, action] = useActionState(deleteDevelopmentAction.bind(null, id), IDLE);
  return (
    <form action={action} aria-label="Delete development">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Deleting…">Delete development</SubmitButton>
      <span className="hint"> It stays in the history; an admin can restore it.</span>
    </form>
  );
}

export function RestoreDevelopmentForm({ id }: { id: string }) {
  const [state, action] = useActionState(restoreDevelopmentAction.bind(null, id), IDLE);
  return (
    <form action={action} aria-label="Restore development">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Restoring…">Restore development</SubmitButton>
    </form>
  );
}
