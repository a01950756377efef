// The read API's OpenAPI 3.1 description, generated from the same zod schemas
// the handlers parse their queries with and type their answers by
// (./schemas.ts), with zod's own JSON Schema output (OpenAPI 3.1 uses JSON
// Schema 2020-12). Served at /api/v1/openapi.json; tests/unit/openapi.test.ts
// validates it and checks every route under app/api/v1 is in it.
import { z } from "zod";
import { DevelopmentsQuery, DevelopmentsResponse, ErrorResponse, ExpectationsQuery, ExpectationsResponse, ScorecardQuery, ScorecardResponse } from "./schemas";

type QuerySchema = z.ZodObject;
type Endpoint = { path: string; operationId: string; summary: string; query: QuerySchema; response: z.ZodType; name: string };

export const ENDPOINTS: Endpoint[] = [
  {
    path: "/api/v1/expectations",
    operationId: "listExpectations",
    summary: "Every expectation with its status on the as-of day and its status history up to then",
    query: ExpectationsQuery,
    response: ExpectationsResponse,
    name: "ExpectationsResponse",
  },
  {
    path: "/api/v1/developments",
    operationId: "listDevelopments",
    summary: "Developments that had occurred by the as-of day, newest first, with sources and evidence links; keyset pages",
    query: DevelopmentsQuery,
    response: DevelopmentsResponse,
    name: "DevelopmentsResponse",
  },
  {
    path: "/api/v1/scorecard",
    operationId: "getScorecard",
    summary: "The panel's Brier scores, by theme and overall, and its calibration, with the statuses of the as-of day",
    query: ScorecardQuery,
    response: ScorecardResponse,
    name: "ScorecardResponse",
  },
];

/** The document's own path: public, like any API description, and listing no data. */
export const OPENAPI_PATH = "/api/v1/openapi.json";

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function parameters(query: QuerySchema) {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType, "input");
    const { description, ...rest } = schema;
    return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, description, schema: rest };
  });
}

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } };

/** The API's own version: the major part is the /v1 in the paths; a change that could break a client gets /v2. */
export const API_VERSION = "1.0.0";

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const e of ENDPOINTS) {
    paths[e.path] = {
      get: {
        operationId: e.operationId,
        summary: e.summary,
        parameters: parameters(e.query),
        responses: {
          "200": { description: "OK", content: { "application/json": { schema: { $ref: `#/components/schemas/${e.name}` } } } },
          "400": { description: "A query parameter unknown, repeated or invalid (the error names it)", content: errorContent },
          "401": { description: "No token, or one unknown, revoked or expired", content: errorContent },
          "405": { description: "Any method other than GET (and HEAD)", content: errorContent },
        },
      },
    };
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      security: [],
      responses: { "200": { description: "The OpenAPI 3.1 description of the read API", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Peninsula Outlook Tracker read API",
      version: API_VERSION,
      description:
        "Read-only access with a personal access token, made on the API tokens page (/account/tokens). Send it as `Authorization: Bearer pot_…`; cookies are not read. Every endpoint takes `asOf=YYYY-MM-DD` and reads the record as it stood that day.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }],
    paths,
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal access token, pot_ followed by 43 characters" } },
      schemas: {
        ...Object.fromEntries(ENDPOINTS.map((e) => [e.name, jsonSchema(e.response, "output")])),
        ErrorResponse: jsonSchema(ErrorResponse, "output"),
      },
    },
  };
}
