// A translator made from the catalogue itself, without next-intl's request
// context: the same code runs in a route handler, a job, a test and a benchmark.
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import type { Translate } from "./translate-message";

export async function translatorFor(locale: Locale): Promise<Translate> {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  return createTranslator({ locale, messages }) as unknown as Translate;
}
