import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formattersFor } from "../../i18n/format";
import { isLocale, DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import type { Translate } from "../../i18n/translate-message";

/** What a server component needs to speak the reader's language. */
export async function serverI18n() {
  const raw = await getLocale();
  const locale: Locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = (await getTranslations()) as unknown as Translate;
  return { t, f: formattersFor(locale), locale };
}
