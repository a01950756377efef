// The read API's queries and responses as zod schemas: the handlers' types
// come from them, and the OpenAPI document (./openapi.ts) is generated from
// them, so the description cannot drift from what is served.
import { z } from "zod";
import { isRealDay } from "../dates";

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay, "not a real day")
  .describe("A UTC day, YYYY-MM-DD");

// ---------------------------------------------------------------- queries
// Strict: a parameter the endpoint does not know is refused (400), never ignored.

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

const AsOfParam = Day.optional().describe("The day to read the record as of (UTC; default today). Later days than today are refused.");

export const ExpectationsQuery = z.strictObject({ asOf: AsOfParam });
export const ScorecardQuery = z.strictObject({ asOf: AsOfParam });
export const DevelopmentsQuery = z.strictObject({
  asOf: AsOfParam.describe("Only developments that had occurred by this day (UTC; default today)"),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .describe("The nextCursor of the previous page"),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE_SIZE))
    .optional()
    .describe(`Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`),
});
export type DevelopmentsQuery = z.output<typeof DevelopmentsQuery>;

// ---------------------------------------------------------------- expectations

export const HistoryEntry = z.object({
  validFrom: z.string().describe("When the status became true (ISO 8601)"),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  mode: z.string().describe("RULE (the judgement rule) or OVERRIDE (set by an analyst)"),
});

export const ExpectationOut = z.object({
  id: z.string(),
  key: z.string(),
  theme: z.string(),
  statement: z.string(),
  statementKo: z.string().nullable(),
  panelShare: z.number().nullable().describe("Share of the expert panel that held this expectation"),
  kind: z.string(),
  deadline: z.string().nullable().describe("A UTC day, YYYY-MM-DD"),
  status: z.string().describe("PENDING, CONFIRMED, CONTRADICTED, ... on the as-of day"),
  netScore: z.number(),
  reason: z.string().nullable(),
  history: z.array(HistoryEntry).describe("Status changes valid up to the as-of day, oldest first"),
});

export const ExpectationsResponse = z.object({ asOf: z.string().describe("A UTC day, YYYY-MM-DD"), expectations: z.array(ExpectationOut) });
export type ExpectationsResponse = z.infer<typeof ExpectationsResponse>;

// ---------------------------------------------------------------- developments

export const SourceOut = z.object({
  id: z.string(),
  url: z.string().nullable(),
  citation: z.string().nullable(),
  publisher: z.string(),
  publishedOn: z.string().nullable().describe("A UTC day, YYYY-MM-DD"),
  reliability: z.string().describe("Admiralty reliability, A (reliable) to F (cannot be judged)"),
  credibility: z.number().int().describe("Admiralty credibility, 1 (confirmed) to 6 (cannot be judged)"),
});

export const LinkOut = z.object({
  id: z.string(),
  expectationId: z.string(),
  expectationKey: z.string(),
  stance: z.string().describe("STRONGLY_SUPPORTS, SUPPORTS, NEUTRAL, CONTRADICTS or STRONGLY_CONTRADICTS"),
  rationale: z.string(),
  decisive: z.string().describe("NONE, or which written criterion the development meets"),
});

export const DevelopmentOut = z.object({
  id: z.string(),
  occurredOn: z.string().describe("A UTC day, YYYY-MM-DD"),
  datePrecision: z.string().describe("DAY, MONTH or YEAR"),
  title: z.string(),
  summary: z.string(),
  eventType: z.string(),
  actors: z.array(z.string()),
  tags: z.array(z.string()),
  sources: z.array(SourceOut),
  links: z.array(LinkOut),
});

export const DevelopmentsResponse = z.object({
  asOf: z.string().describe("A UTC day, YYYY-MM-DD"),
  developments: z.array(DevelopmentOut).describe("Newest first (occurredOn, then id, descending)"),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});
export type DevelopmentsResponse = z.infer<typeof DevelopmentsResponse>;

// ---------------------------------------------------------------- scorecard

const Verdict = z.enum(["better", "worse", "tooFew", "none"]).describe("The panel against a uniform guess; tooFew below the minimum of resolved questions");
const BrierSummary = z.object({
  n: z.number().int().describe("Resolved survey questions"),
  brier: z.number().nullable().describe("Mean Brier score of the panel (0 best)"),
  uniform: z.number().nullable().describe("Mean Brier score of a uniform guess on the same questions"),
  verdict: Verdict,
});

export const ScorecardResponse = z.object({
  asOf: z.string().describe("A UTC day, YYYY-MM-DD"),
  overall: BrierSummary,
  byTheme: z.array(BrierSummary.extend({ theme: z.string() })),
  questions: z.array(z.object({ key: z.string(), brier: z.number(), uniform: z.number() })),
  open: z.number().int().describe("Questions not resolved yet"),
  void: z.number().int().describe("Questions voided (their condition failed)"),
  unscored: z.number().int().describe("Questions without a panel share"),
  calibration: z.array(z.object({ from: z.number(), to: z.number(), n: z.number().int(), forecast: z.number(), observed: z.number() })),
  confidentMisses: z.array(z.string()).describe("Expectation ids the panel held at 60% or more (or 40% or less) that went the other way"),
});
export type ScorecardResponse = z.infer<typeof ScorecardResponse>;

// ---------------------------------------------------------------- errors

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string().describe("UNAUTHENTICATED, BAD_REQUEST, METHOD_NOT_ALLOWED, INTERNAL, ..."),
    message: z.string().describe("In the reader's language (Accept-Language)"),
    param: z.string().optional().describe("The query parameter refused, on BAD_REQUEST"),
  }),
});
