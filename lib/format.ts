// Display formatting shared by pages. Dates are calendar dates in UTC: an
// event "on 10 Jan 2025" must not move a day with the reader's time zone.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined, precision: "DAY" | "MONTH" | "YEAR" = "DAY"): string {
  if (!date) return "—";
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") return monthFormat.format(date);
  return dateFormat.format(date);
}

export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return "no share given";
  return `${Math.round(share * 100)}%`;
}

export const STATUS_LABELS = {
  PENDING: "Pending",
  LEANING_CONFIRMED: "Leaning confirmed",
  LEANING_CONTRADICTED: "Leaning contradicted",
  CONFIRMED: "Confirmed",
  CONTRADICTED: "Contradicted",
  VOID: "Void",
} as const;

export const KIND_LABELS = {
  OCCURRENCE: "Occurrence: expected to happen",
  CONTINUITY: "Continuity: expected to persist",
} as const;
