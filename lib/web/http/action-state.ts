import "server-only";
// Server half of ./form-state.ts: errors and successes as the form shows them,
// in the reader's language.
import { getTranslations } from "next-intl/server";
import { isAppError } from "../../errors";
import { translateFieldErrors, translateMessage, type Translate } from "../../i18n/translate-message";
import type { FormState } from "./form-state";
import { logger } from "../../log/logger";

/** The error as the form shows it; unexpected errors are logged in full and answered generically. */
export async function errorState(error: unknown, values?: Record<string, string>, context: Record<string, unknown> = {}): Promise<FormState> {
  const t = (await getTranslations()) as unknown as Translate;
  if (isAppError(error)) {
    return { status: "error", message: translateMessage(t, error.message), fieldErrors: translateFieldErrors(t, error.fieldErrors), values };
  }
  logger().error({ err: error, ...context }, "server action failed");
  return { status: "error", message: t("errors.unexpected"), values };
}

/** A success message for the form, in the reader's language. */
export async function okState(key: string, values?: Record<string, string | number>): Promise<FormState> {
  const t = await getTranslations();
  return { status: "ok", message: t(key, values) };
}
