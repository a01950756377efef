// Calendar-day strings (YYYY-MM-DD) as forms and URLs carry them.

/** True for a day that exists: 2025-02-30 and 2025-13-45 are refused, not rolled over. */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
