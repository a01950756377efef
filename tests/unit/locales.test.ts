import { describe, expect, it } from "vitest";
import { formattersFor } from "../../lib/i18n/format";
import { negotiateLocale } from "../../lib/i18n/locales";

describe("the reader's language", () => {
  it("follows the browser's preference by q-value, English when nothing fits", () => {
    expect(negotiateLocale("ko-KR,ko;q=0.9,en-US;q=0.8")).toBe("ko");
    expect(negotiateLocale("en-US,en;q=0.9,ko;q=0.8")).toBe("en");
    expect(negotiateLocale("fr-FR,ko;q=0.5")).toBe("ko");
    expect(negotiateLocale("de,fr;q=0.8")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });

  it("formats dates and shares per language, on the calendar day in UTC", () => {
    const day = new Date("2025-01-10T00:00:00Z");
    expect(formattersFor("ko").date(day)).toBe("2025년 1월 10일");
    expect(formattersFor("en").date(day)).toBe("10 Jan 2025");
    expect(formattersFor("ko").date(day, "MONTH")).toBe("2025년 1월");
    expect(formattersFor("en").date(day, "YEAR")).toBe("2025");
    expect(formattersFor("ko").percent(0.7)).toBe("70%");
    expect(formattersFor("en").percent(0.58)).toBe("58%");
  });
});
