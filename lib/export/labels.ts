// Words for the cells of an export, in the reader's language, without
// next-intl's request context (lib/i18n/translator.ts).
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator";

export type Labels = {
  locale: Locale;
  status(code: string): string;
  theme(key: string): string;
  stance(key: string): string;
  eventType(key: string): string;
};

export async function labelsFor(locale: Locale): Promise<Labels> {
  const t = await translatorFor(locale);
  // A value no catalogue knows (a new survey's theme, say) is shown as its code, not as an error.
  const word = (key: string, code: string) => (t.has(key) ? t(key) : code);
  return {
    locale,
    status: (code) => word(`status.${code}`, code),
    theme: (key) => word(`themes.${key}`, key),
    stance: (key) => word(`stances.${key}`, key),
    eventType: (key) => word(`eventTypes.${key}.label`, key),
  };
}
