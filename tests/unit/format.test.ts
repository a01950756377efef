import { describe, expect, it } from "vitest";
import { formattersFor } from "../../lib/i18n/format";

describe("times in both languages", () => {
  it("run 00:00 to 23:59: midnight is 00:00, never 24:00", () => {
    for (const locale of ["en", "ko"] as const) {
      const f = formattersFor(locale);
      expect(f.time(new Date("2025-01-10T00:05:00Z"))).toBe("00:05 UTC");
      expect(f.time(new Date("2025-01-10T23:59:00Z"))).toBe("23:59 UTC");
      expect(f.time(new Date("2025-01-10T13:30:00Z"))).toBe("13:30 UTC");
    }
  });
});

describe("date-axis ticks", () => {
  it("name the month and year, or the day, in the reader's language", () => {
    const march = Date.UTC(2025, 2, 1);
    expect(formattersFor("en").tick(march, "month")).toBe("Mar 2025");
    expect(formattersFor("ko").tick(march, "month")).toBe("2025. 3.");
    expect(formattersFor("en").tick(Date.UTC(2025, 2, 5), "day")).toBe("5 Mar");
    expect(formattersFor("ko").tick(Date.UTC(2025, 2, 5), "day")).toBe("3월 5일");
    expect(formattersFor("en").tick(march, "month", 12)).toBe("2025");
  });
});
