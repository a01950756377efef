"use client";
import { useActionState } from "react";
import { createUserAction } from "./actions";
import { Field } from "@/app/components/field";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { ROLES, ROLE_DESCRIPTIONS } from "@/lib/auth/roles";
import { IDLE } from "@/lib/http/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, IDLE);
  // A successful save clears the form (new key); a failed one keeps what was typed.
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="stack" noValidate key={state.status === "ok" ? state.message : "form"}>
      <FormMessage state={state} />
      <Field name="name" label="Name" required defaultValue={values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label="Email" type="email" required defaultValue={values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label="First password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={state.fieldErrors?.password}
      />
      <div className="field">
        <label htmlFor="field-role">Role</label>
        <select id="field-role" name="role" defaultValue={values?.role ?? "analyst"}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}: {ROLE_DESCRIPTIONS[role]}
            </option>
          ))}
        </select>
        {state.fieldErrors?.role ? <span className="error" role="alert">{state.fieldErrors.role.join(" ")}</span> : null}
      </div>
      <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
    </form>
  );
}
