// The period a digest covers, in UTC: a daily digest is one calendar day, a
// weekly one the Monday-to-Sunday week. A run sends the last period that has
// ended by its clock, so every period is sent once, after it is over.
import type { DigestFrequency } from "../generated/prisma/enums";

const DAY = 24 * 60 * 60 * 1000;

export type DigestPeriod = { key: string; frequency: Exclude<DigestFrequency, "NONE">; start: Date; end: Date };

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last complete period of this frequency as of `now` (end is exclusive and <= now). */
export function lastCompletedPeriod(frequency: Exclude<DigestFrequency, "NONE">, now: Date): DigestPeriod {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  if (frequency === "DAILY") {
    const start = today - DAY;
    return { key: `DAILY:${dayOf(start)}`, frequency, start: new Date(start), end: new Date(today) };
  }
  // getUTCDay: 0 is Sunday; the week starts on Monday.
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const thisMonday = today - sinceMonday * DAY;
  const start = thisMonday - 7 * DAY;
  return { key: `WEEKLY:${dayOf(start)}`, frequency, start: new Date(start), end: new Date(thisMonday) };
}
