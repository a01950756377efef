import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, isLocale, negotiateLocale, type Locale } from "../../i18n/locales";

/** The reader's language: their choice (cookie) first, then the browser's preference. */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

/** The same for a route handler's Request. */
export function localeOfRequest(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const chosen = cookie
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
}
