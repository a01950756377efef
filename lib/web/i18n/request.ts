// next-intl's per-request configuration (wired in next.config.js). No locale
// in the URL: the language follows the reader (lib/web/i18n/request-locale.ts).
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "./request-locale";
import { loadMessages } from "../../i18n/messages";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
