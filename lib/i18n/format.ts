// Dates, numbers and percentages in the reader's language. Dates are
// calendar dates in UTC: an event "on 10 Jan 2025" must not move a day with
// the reader's time zone. ko: 2025년 1월 10일; en: 10 Jan 2025.
import type { Locale } from "./locales";

const TAGS: Record<Locale, string> = { en: "en-GB", ko: "ko-KR" };

export type Formatters = ReturnType<typeof formattersFor>;

export function formattersFor(locale: Locale) {
  const tag = TAGS[locale];
  const day = new Intl.DateTimeFormat(tag, { day: "numeric", month: locale === "ko" ? "long" : "short", year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(tag, { month: locale === "ko" ? "long" : "short", year: "numeric", timeZone: "UTC" });
  const year = new Intl.DateTimeFormat(tag, { year: "numeric", timeZone: "UTC" });
  // hourCycle, not hour12: false, which Korean resolves to h24 and prints midnight as 24:00.
  const time = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
  // Axis ticks: short, so five fit on a phone. en: "Mar 2025" / "5 Mar"; ko: "2025. 3." / "3월 5일".
  const tickMonth = new Intl.DateTimeFormat(tag, { month: locale === "ko" ? "numeric" : "short", year: "numeric", timeZone: "UTC" });
  const tickDay = new Intl.DateTimeFormat(tag, { day: "numeric", month: locale === "ko" ? "long" : "short", timeZone: "UTC" });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    date(value: Date | null | undefined, precision: "DAY" | "MONTH" | "YEAR" = "DAY"): string {
      if (!value) return "—";
      return (precision === "YEAR" ? year : precision === "MONTH" ? month : day).format(value);
    },
    time: (value: Date) => `${time.format(value)} UTC`,
    /** A date-axis tick: days when the ticks step by days, months (or years) when by months. */
    tick(ms: number, unit: "day" | "month", step = 1): string {
      if (unit === "day") return tickDay.format(ms);
      return step >= 12 ? year.format(ms) : tickMonth.format(ms);
    },
    percent: (share: number) => percent.format(share),
    number: (value: number) => number.format(value),
  };
}
