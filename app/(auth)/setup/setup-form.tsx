"use client";
import { useActionState } from "react";
import { setupAction } from "../actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";

export function SetupForm() {
  const [state, action] = useActionState(setupAction, IDLE);
  return (
    <form action={action} className="stack" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel="Creating the admin account…">Create admin account</SubmitButton>
    </form>
  );
}
