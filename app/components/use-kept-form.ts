"use client";
// useActionState for forms that must keep what was typed when a save is refused.
// React resets a form after its `action` runs, and a reset <select> falls back
// to its placeholder even when controlled or given the typed value again, so a
// second save without touching anything reported the selects as missing. Here
// the submit runs the action without React's reset; without JavaScript the
// form still posts through `action`. After a refusal the first field in error
// takes the focus.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { IDLE, type FormState } from "@/lib/web/http/form-state";

export function useKeptForm(action: (prev: FormState, form: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  useEffect(() => {
    if (state.status !== "error" || !ref.current) return;
    const first = ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ref.current.querySelector<HTMLElement>('[role="alert"]');
    if (first && !first.matches("input, select, textarea, button")) first.tabIndex = -1;
    first?.focus();
  }, [state]);
  return { state, pending, formProps: { ref, action: formAction, onSubmit } };
}
