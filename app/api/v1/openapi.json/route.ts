// GET /api/v1/openapi.json: the read API's OpenAPI 3.1 description
// (lib/read-api/openapi.ts). Public: it describes the endpoints, holds no data.
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/read-api/openapi";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
