// How a validated input maps onto the Development and Source columns, shared
// by logging and editing so the two cannot drift apart.
import { startOfPeriod, type DevelopmentInput } from "./schemas";
import { searchTextOf } from "./snapshot";

/** actorNames: every name of the resolved actors, so search finds them under any. */
export function developmentColumns(input: DevelopmentInput, actorNames: string[] = []) {
  return {
    occurredOn: startOfPeriod(input.occurredOn, input.datePrecision),
    datePrecision: input.datePrecision,
    title: input.title,
    summary: input.summary,
    eventType: input.eventType,
    searchText: searchTextOf({ ...input, actors: [...input.actors, ...actorNames] }),
  };
}

export function sourceColumns(s: DevelopmentInput["sources"][number]) {
  return {
    url: s.url,
    citation: s.citation,
    publisher: s.publisher,
    publishedOn: s.publishedOn ? new Date(`${s.publishedOn}T00:00:00Z`) : null,
    reliability: s.reliability,
    credibility: s.credibility,
  };
}
