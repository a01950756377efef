import type { Locale } from "./locales";

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  return locale === "ko" ? (await import("./messages/ko.json")).default : (await import("./messages/en.json")).default;
}
