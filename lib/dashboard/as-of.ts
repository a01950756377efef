// The dashboard's "as of" day: any past day, or today. The state shown is the
// rule replayed with the evidence that had happened by the end of that day.
import { isRealDay } from "../dates";

/** End of the chosen UTC day (so the day's own developments count); today when absent or invalid. */
export function asOfFrom(param: string | undefined, now: Date): { day: string; at: Date; isToday: boolean } {
  const today = now.toISOString().slice(0, 10);
  // Years before 1900 are not an as-of anyone means, and year 0 made the
  // 90-day trend window a negative year the database refuses (a 500).
  const day = param && isRealDay(param) && param >= "1900-01-01" && param <= today ? param : today;
  const at = day === today ? now : new Date(`${day}T23:59:59.999Z`);
  return { day, at, isToday: day === today };
}
