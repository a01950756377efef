"use client";
import { useActionState } from "react";
import { updateThresholdsAction } from "./actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/http/form-state";

type Props = { id: string; version: number; confirmThreshold: number; contradictThreshold: number };

export function ThresholdsForm({ id, version, confirmThreshold, contradictThreshold }: Props) {
  const [state, action] = useActionState(updateThresholdsAction.bind(null, id), IDLE);
  return (
    <form action={action} className="stack" noValidate aria-label="Judgement thresholds">
      <FormMessage state={state} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field
        name="confirmThreshold"
        label="Confirm at net score"
        type="number"
        step="0.1"
        defaultValue={state.values?.confirmThreshold ?? String(confirmThreshold)}
        errors={state.fieldErrors?.confirmThreshold}
        hint="Confirmed when the weighted evidence reaches this value or more."
      />
      <Field
        name="contradictThreshold"
        label="Contradict at net score"
        type="number"
        step="0.1"
        defaultValue={state.values?.contradictThreshold ?? String(contradictThreshold)}
        errors={state.fieldErrors?.contradictThreshold}
        hint="Contradicted when the weighted evidence falls to this value or less."
      />
      <SubmitButton pendingLabel="Saving…">Save thresholds</SubmitButton>
    </form>
  );
}
