import "server-only";
// How every route handler answers a failure: an AppError with its status and a
// message in the caller's language (the code stays the same for programs);
// anything else as a bare 500, the detail kept in the server log.
import { NextResponse } from "next/server";
import { isAppError } from "../../errors";
import { translatorFor } from "../../i18n/translator";
import type { Locale } from "../../i18n/locales";
import { translateFieldErrors, translateMessage } from "../../i18n/translate-message";
import { logger } from "../../log/logger";

export async function errorResponse(error: unknown, locale: Locale, context: Record<string, unknown> = {}): Promise<NextResponse> {
  const t = await translatorFor(locale);
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: translateMessage(t, error.message), fields: translateFieldErrors(t, error.fieldErrors) } },
      { status: error.status },
    );
  }
  logger().error({ err: error, ...context }, "route handler failed");
  return NextResponse.json({ error: { code: "INTERNAL", message: t("errors.unexpected") } }, { status: 500 });
}
