// One schema per input, shared by the form (field messages), the server
// action, the route handlers and the tests. Dates in the future are refused,
// so the schema is made for a given "today": lib/ never reads the clock.
import { z } from "zod";
import { STANCE_KEYS } from "../evidence/stances";
import { RELIABILITY_KEYS } from "./admiralty";
import { EVENT_TYPE_KEYS } from "./event-types";

export const LIMITS = {
  title: 200,
  summary: 5000,
  rationale: 2000,
  citation: 1000,
  url: 2000,
  publisher: 200,
  name: 80,
  actors: 20,
  tags: 20,
  sources: 10,
  links: 20,
} as const;

const text = (max: number, what: string) =>
  z.string({ error: `Enter ${what}.` }).trim().max(max, `Use at most ${max} characters.`);

const isoDay = (what: string) =>
  z.string({ error: `Enter ${what}.` }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date (YYYY-MM-DD).`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), `Enter ${what} as a real date.`);

const notAfter = (today: string) => (s: string) => s <= today;

const HttpUrl = z
  .string()
  .trim()
  .max(LIMITS.url, `Use at most ${LIMITS.url} characters.`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a web address starting with http:// or https://.");

const names = (max: number, what: string) =>
  z
    .array(text(LIMITS.name, what).min(1, `Enter a name for each ${what}.`))
    .max(max, `Use at most ${max} ${what}s.`)
    .default([])
    .transform((list) => [...new Map(list.map((n) => [n.toLocaleLowerCase(), n])).values()]);

export function makeSourceSchema(today: string) {
  return z
    .object({
      id: z.string().max(40).optional(),
      url: z.union([z.literal(""), HttpUrl]).optional().transform((v) => v || null),
      citation: text(LIMITS.citation, "a citation").optional().transform((v) => v || null),
      publisher: text(LIMITS.publisher, "the publisher").min(1, "Enter the publisher."),
      publishedOn: z
        .union([z.literal(""), isoDay("the publication date").refine(notAfter(today), "The publication date cannot be in the future.")])
        .optional()
        .transform((v) => v || null),
      reliability: z.enum(RELIABILITY_KEYS, { error: "Choose the source's reliability (A–F)." }),
      credibility: z.coerce
        .number({ error: "Choose the information's credibility (1–6)." })
        .int("Choose the information's credibility (1–6).")
        .min(1, "Choose the information's credibility (1–6).")
        .max(6, "Choose the information's credibility (1–6)."),
    })
    .refine((s) => s.url || s.citation, { message: "Give a web address or a citation.", path: ["url"] });
}

export const LinkSchema = z.object({
  expectationId: z.string({ error: "Choose an expectation." }).trim().min(1, "Choose an expectation.").max(40, "Unknown expectation."),
  stance: z.enum(STANCE_KEYS, { error: "Choose a stance." }),
  rationale: text(LIMITS.rationale, "a rationale").min(1, "Say in a sentence why this development bears on the expectation."),
});
export type LinkInput = z.infer<typeof LinkSchema>;

export function makeDevelopmentSchema(today: string) {
  return z.object({
    occurredOn: isoDay("when it happened").refine(notAfter(today), "A development cannot happen in the future."),
    datePrecision: z.enum(["DAY", "MONTH", "YEAR"], { error: "Choose how precise the date is." }),
    title: text(LIMITS.title, "a title").min(1, "Enter a title."),
    summary: text(LIMITS.summary, "a summary").default(""),
    eventType: z.enum(EVENT_TYPE_KEYS, { error: "Choose an event type." }),
    actors: names(LIMITS.actors, "actor"),
    tags: names(LIMITS.tags, "tag"),
    sources: z
      .array(makeSourceSchema(today))
      .min(1, "Add at least one source.")
      .max(LIMITS.sources, `Use at most ${LIMITS.sources} sources.`),
  });
}

export function makeLogDevelopmentSchema(today: string) {
  return makeDevelopmentSchema(today).extend({
    links: z
      .array(LinkSchema)
      .max(LIMITS.links, `Use at most ${LIMITS.links} links.`)
      .default([])
      .refine((links) => new Set(links.map((l) => l.expectationId)).size === links.length, "Link each expectation once."),
  });
}

export function makeUpdateDevelopmentSchema(today: string) {
  return makeDevelopmentSchema(today).extend({ expectedVersion: z.coerce.number().int().positive() });
}

export type DevelopmentInput = z.infer<ReturnType<typeof makeDevelopmentSchema>>;
export type LogDevelopmentInput = z.infer<ReturnType<typeof makeLogDevelopmentSchema>>;
export type UpdateDevelopmentInput = z.infer<ReturnType<typeof makeUpdateDevelopmentSchema>>;

/** The UTC calendar day of an instant, as the schemas compare dates. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The stored instant for a date at a precision: the first day of its month or year. */
export function startOfPeriod(day: string, precision: "DAY" | "MONTH" | "YEAR"): Date {
  const normalised = precision === "YEAR" ? `${day.slice(0, 4)}-01-01` : precision === "MONTH" ? `${day.slice(0, 7)}-01` : day;
  return new Date(`${normalised}T00:00:00Z`);
}
