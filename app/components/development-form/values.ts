// The development form's state: everything as strings, as typed.
export type SourceValues = { id?: string; url: string; citation: string; publisher: string; publishedOn: string; reliability: string; credibility: string };
export type LinkValues = { expectationId: string; stance: string; decisive: string; rationale: string };
export type DevelopmentValues = {
  occurredOn: string;
  datePrecision: string;
  title: string;
  summary: string;
  eventType: string;
  actors: string[];
  tags: string[];
  sources: SourceValues[];
  links: LinkValues[];
};

export const EMPTY_SOURCE: SourceValues = { url: "", citation: "", publisher: "", publishedOn: "", reliability: "", credibility: "" };
export const EMPTY_LINK: LinkValues = { expectationId: "", stance: "", decisive: "NONE", rationale: "" };

export function emptyDevelopment(): DevelopmentValues {
  return { occurredOn: "", datePrecision: "DAY", title: "", summary: "", eventType: "", actors: [], tags: [], sources: [{ ...EMPTY_SOURCE }], links: [] };
}
