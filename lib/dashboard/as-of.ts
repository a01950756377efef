// The dashboard's "as of" day: any past day, or today. The state shown is the
// rule replayed with the evidence that had happened by the end of that day.
import { isRealDay } from "../dates";

// No survey this product tracks predates this; earlier "days" (year 0000) are input errors.
const EARLIEST = "1900-01-01";

/** End of the chosen UTC day (so the day's own developments count); today when absent, invalid, before 1900 or in the future. */
export function asOfFrom(param: string | undefined, now: Date): { day: string; at: Date; isToday: boolean } {
  const today = now.toISOString().slice(0, 10);
  const day = param && isRealDay(param) && param >= EARLIEST && param <= today ? param : today;
  const at = day === today ? now : new Date(`${day}T23:59:59.999Z`);
  return { day, at, isToday: day === today };
}
