// What a server action returns to its form (useActionState): a message, the
// field errors next to their inputs, and the values typed, so nothing is lost.
import { getTranslations } from "next-intl/server";
import { isAppError } from "../errors";
import { translateFieldErrors, translateMessage, type Translate } from "../i18n/translate-message";

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

/** The error as the form shows it, in the reader's language. */
export async function errorState(error: unknown, form: FormData): Promise<FormState> {
  const t = (await getTranslations()) as unknown as Translate;
  if (isAppError(error)) {
    return {
      status: "error",
      message: translateMessage(t, error.message),
      fieldErrors: translateFieldErrors(t, error.fieldErrors),
      values: typedValues(form),
    };
  }
  console.error("[action] unexpected failure", error);
  return { status: "error", message: t("errors.unexpected"), values: typedValues(form) };
}

/** A success message for the form, in the reader's language. */
export async function okState(key: string, values?: Record<string, string | number>): Promise<FormState> {
  const t = await getTranslations();
  return { status: "ok", message: t(key, values) };
}
