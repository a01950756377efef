import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/language-actions";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

/** One button per other language; the choice is kept in a cookie and, when signed in, on the account. */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return (
    <form action={setLocaleAction} aria-label={t("nav.switchLanguage")} className="language">
      {LOCALES.filter((l) => l !== locale).map((l) => (
        <button key={l} type="submit" name="locale" value={l} className="link" lang={l}>
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
