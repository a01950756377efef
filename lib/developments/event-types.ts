// The fixed list of event types, modelled on event datasets analysts already
// know (ACLED's event types, the CNS missile-test database), narrowed to what
// bears on the peninsula. Labels and hints are in the message catalogues
// (eventTypes.*). Adding one needs a migration (enum EventType).
export const EVENT_TYPE_KEYS = [
  "TALKS_MEETINGS",
  "STATEMENT",
  "AGREEMENT",
  "MILITARY_ACTIVITY",
  "MISSILE_TEST",
  "SANCTIONS",
  "TROOP_POSTURE",
  "TRADE_MEASURE",
  "DOMESTIC_POLITICS",
  "OTHER",
] as const;

export type EventTypeKey = (typeof EVENT_TYPE_KEYS)[number];
