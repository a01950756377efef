// The read API's responses as zod schemas: the handlers' types come from
// them, and the OpenAPI document (./openapi.ts) is generated from them, so the
// description cannot drift from what is served.
import { z } from "zod";

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("A UTC day, YYYY-MM-DD");

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
  deadline: Day.nullable(),
  status: z.string().describe("PENDING, CONFIRMED, CONTRADICTED, ... on the as-of day"),
  netScore: z.number(),
  reason: z.string().nullable(),
  history: z.array(HistoryEntry).describe("Status changes valid up to the as-of day, oldest first"),
});

export const ExpectationsResponse = z.object({ asOf: Day, expectations: z.array(ExpectationOut) });
export type ExpectationsResponse = z.infer<typeof ExpectationsResponse>;

export const ErrorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
