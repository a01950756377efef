// The fixed list of event types, modelled on event datasets analysts already
// know (ACLED's event types, the CNS missile-test database), narrowed to what
// bears on the peninsula. Labels and hints are in the message catalogues
// (eventTypes.*). The list is the schema's enum EventType: adding one is a
// migration.
import { EventType } from "../generated/prisma/enums";
import { listOf } from "../vocabulary";

export type EventTypeKey = EventType;
export const EVENT_TYPE_KEYS = listOf(EventType);
