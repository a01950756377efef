// The briefing's days: as of (default today) and "changes since" (default 30
// days before it; never after it). Same fall-backs as the dashboard's as-of.
import { asOfFrom } from "../dashboard/as-of";
import { isRealDay } from "../dates";
import { dateOf, dayOf } from "../judgement/rule";

export const DEFAULT_SINCE_DAYS = 30;

export function briefingDays(p: { asOf?: string; since?: string }, now: Date) {
  const asOf = asOfFrom(p.asOf, now);
  const day = dayOf(asOf.at);
  const asked = p.since && isRealDay(p.since) ? dayOf(new Date(`${p.since}T00:00:00Z`)) : null;
  const since = asked !== null && asked <= day ? asked : day - DEFAULT_SINCE_DAYS;
  return { day, since, asOfDay: asOf.day, sinceDay: dateOf(since).toISOString().slice(0, 10), isToday: asOf.isToday };
}
