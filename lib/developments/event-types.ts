// The fixed list of event types, modelled on event datasets analysts already
// know (ACLED's event types, the CNS missile-test database), narrowed to what
// bears on the peninsula. Adding one needs a migration (enum EventType).
export const EVENT_TYPES = [
  { key: "TALKS_MEETINGS", label: "Talks and meetings", hint: "Summits, official talks, envoys' visits, working-level contacts" },
  { key: "STATEMENT", label: "Statements", hint: "Official statements, speeches, KCNA commentaries, letters made public" },
  { key: "AGREEMENT", label: "Agreements", hint: "Signed or announced agreements, joint statements, deals" },
  { key: "MILITARY_ACTIVITY", label: "Military activity", hint: "Exercises, border incidents, deployments, drills" },
  { key: "MISSILE_TEST", label: "Missile tests", hint: "Ballistic or cruise missile launches, satellite launches, nuclear tests" },
  { key: "SANCTIONS", label: "Sanctions", hint: "New, lifted or enforced sanctions, designations" },
  { key: "TROOP_POSTURE", label: "Troop posture", hint: "US forces in Korea: numbers, reductions, redeployments, cost sharing" },
  { key: "TRADE_MEASURE", label: "Trade measures", hint: "Tariffs, trade disputes, investment demands" },
  { key: "DOMESTIC_POLITICS", label: "Domestic politics", hint: "Elections, leadership changes, policy shifts inside one country" },
  { key: "OTHER", label: "Other", hint: "Anything that fits none of the above" },
] as const;

export type EventTypeKey = (typeof EVENT_TYPES)[number]["key"];
export const EVENT_TYPE_KEYS = EVENT_TYPES.map((e) => e.key) as [EventTypeKey, ...EventTypeKey[]];

export function eventTypeLabel(key: string): string {
  return EVENT_TYPES.find((e) => e.key === key)?.label ?? key;
}
