// What a server action returns to its form (useActionState): a message, the
// field errors next to their inputs, and the values typed, so nothing is lost.
import { isAppError } from "../errors";

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** The fields as typed, minus secrets, so the form can show them again. */
export function typedValues(form: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function errorState(error: unknown, form: FormData): FormState {
  if (isAppError(error)) {
    return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: typedValues(form) };
  }
  console.error("[action] unexpected failure", error);
  return { status: "error", message: "Something went wrong. Nothing was saved.", values: typedValues(form) };
}
