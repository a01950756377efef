// One schema per input, shared by the form (field messages), the server
// action, the route handlers and the tests. Dates in the future are refused,
// so the schema is made for a given "today": lib/ never reads the clock.
import { z } from "zod";
import { isRealDay } from "../dates";
import { STANCE_KEYS } from "../evidence/stances";
import { DECISIVE_MARKS } from "../judgement/rule";
import { RELIABILITY_KEYS } from "./admiralty";
import { EVENT_TYPE_KEYS } from "./event-types";
import { DATE_PRECISIONS } from "../vocabulary";
import { messageKey } from "../i18n/translate-message";
import { cleanText, strictInt, YEAR_RANGE_MESSAGE, yearInRange } from "../text-rules";

export { LIMITS } from "./limits";
import { LIMITS } from "./limits";

// Messages are catalogue keys (lib/i18n/translate-message.ts): the reader's
// language is applied where the error reaches them.
const tooLong = (max: number) => messageKey("validation.maxChars", { max });
const text = (max: number, requiredKey = "validation.invalid") => cleanText(z.string({ error: requiredKey }).trim().max(max, tooLong(max)));

const isoDay = z
  .string({ error: "validation.enterDate" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.enterDate")
  .refine(isRealDay, "validation.realDate")
  .refine(yearInRange, YEAR_RANGE_MESSAGE);

const notAfter = (today: string) => (s: string) => s <= today;

const HttpUrl = z
  .string()
  .trim()
  .max(LIMITS.url, tooLong(LIMITS.url))
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "validation.httpUrl");

const names = (max: number) =>
  z
    .array(text(LIMITS.name).min(1, "validation.nameEach"))
    .max(max, messageKey("validation.tooMany", { max }))
    .default([])
    .transform((list) => [...new Map(list.map((n) => [n.toLocaleLowerCase(), n])).values()]);

const CREDIBILITY_MESSAGE = "validation.chooseCredibility";

export function makeSourceSchema(today: string) {
  return z
    .object({
      id: z.string().max(40).optional(),
      url: z
        .union([z.literal(""), HttpUrl])
        .optional()
        .transform((v) => v || null),
      citation: text(LIMITS.citation)
        .optional()
        .transform((v) => v || null),
      publisher: text(LIMITS.publisher, "validation.enterPublisher").min(1, "validation.enterPublisher"),
      publishedOn: z
        .union([z.literal(""), isoDay.refine(notAfter(today), "validation.futurePublication")])
        .optional()
        .transform((v) => v || null),
      reliability: z.enum(RELIABILITY_KEYS, { error: "validation.chooseReliability" }),
      // "3" or 3; not "0x3", "3.0" or " 3e0 ".
      credibility: z.preprocess(
        (v) => (typeof v === "string" && /^[1-6]$/.test(v) ? Number(v) : v),
        z.number({ error: CREDIBILITY_MESSAGE }).int(CREDIBILITY_MESSAGE).min(1, CREDIBILITY_MESSAGE).max(6, CREDIBILITY_MESSAGE),
      ),
    })
    .refine((s) => s.url || s.citation, { message: "validation.urlOrCitation", path: ["url"] });
}

// A decisive link says the development meets the written criterion; the
// rationale must carry the reading of it (docs/decisions/0040).
const DECISIVE_RATIONALE_MIN = 20;

/** A link's stance must point the way its decisive mark says. */
export function decisiveAgrees(l: { stance: string; decisive?: string }): boolean {
  if (!l.decisive || l.decisive === "NONE") return true;
  const supports = l.stance === "SUPPORTS" || l.stance === "STRONGLY_SUPPORTS";
  const contradicts = l.stance === "CONTRADICTS" || l.stance === "STRONGLY_CONTRADICTS";
  return l.decisive === "MEETS_CONFIRMING" ? supports : contradicts;
}

const linkFields = {
  stance: z.enum(STANCE_KEYS, { error: "validation.chooseStance" }),
  rationale: text(LIMITS.rationale, "validation.enterRationale").min(1, "validation.enterRationale"),
  decisive: z.enum(DECISIVE_MARKS, { error: "validation.chooseDecisive" }).optional().default("NONE"),
};

/** Checks shared by every schema that carries a stance, a rationale and a decisive mark. */
export function withDecisiveChecks<S extends z.ZodType<{ stance: string; rationale: string; decisive?: string }>>(schema: S) {
  return schema
    .refine(decisiveAgrees, { message: "validation.decisiveStance", path: ["decisive"] })
    .refine((l) => !l.decisive || l.decisive === "NONE" || l.rationale.length >= DECISIVE_RATIONALE_MIN, {
      message: messageKey("validation.decisiveRationale", { min: DECISIVE_RATIONALE_MIN }),
      path: ["rationale"],
    });
}

export const LinkBaseSchema = z.object({
  expectationId: z.string({ error: "validation.chooseExpectation" }).trim().min(1, "validation.chooseExpectation").max(40, "validation.unknownExpectation"),
  ...linkFields,
});
export const LinkSchema = withDecisiveChecks(LinkBaseSchema);
export type LinkInput = z.infer<typeof LinkSchema>;

export function makeDevelopmentSchema(today: string) {
  return z.object({
    occurredOn: isoDay.refine(notAfter(today), "validation.futureDevelopment"),
    datePrecision: z.enum(DATE_PRECISIONS, { error: "validation.chooseDatePrecision" }),
    title: text(LIMITS.title, "validation.enterTitle").min(1, "validation.enterTitle"),
    summary: text(LIMITS.summary).default(""),
    eventType: z.enum(EVENT_TYPE_KEYS, { error: "validation.chooseEventType" }),
    actors: names(LIMITS.actors),
    tags: names(LIMITS.tags),
    sources: z
      .array(makeSourceSchema(today), { error: "validation.atLeastOneSource" })
      .min(1, "validation.atLeastOneSource")
      .max(LIMITS.sources, messageKey("validation.tooMany", { max: LIMITS.sources })),
  });
}

export function makeLogDevelopmentSchema(today: string) {
  return makeDevelopmentSchema(today).extend({
    links: z
      .array(LinkSchema)
      .max(LIMITS.links, messageKey("validation.tooMany", { max: LIMITS.links }))
      .default([])
      .refine((links) => new Set(links.map((l) => l.expectationId)).size === links.length, "validation.linkOnce"),
    // The inbox item this development accepts, if it came from a feed (issue 14).
    feedItemId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  });
}

export function makeUpdateDevelopmentSchema(today: string) {
  return makeDevelopmentSchema(today).extend({ expectedVersion: strictInt().pipe(z.number().positive()) });
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
