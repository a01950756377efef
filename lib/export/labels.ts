// Words for the cells of an export, in the reader's language, without
// next-intl's request context: a translator made from the catalogue itself,
// so the same code runs in a route handler, a test and a benchmark.
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { Locale } from "../i18n/locales";
import { loadMessages } from "../i18n/messages";
import type { Translate } from "../i18n/translate-message";

export type Labels = {
  locale: Locale;
  status(code: string): string;
  theme(key: string): string;
  stance(key: string): string;
  eventType(key: string): string;
};

export async function translatorFor(locale: Locale): Promise<Translate> {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  return createTranslator({ locale, messages }) as unknown as Translate;
}

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
