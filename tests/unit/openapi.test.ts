// The read API's OpenAPI document (lib/read-api/openapi.ts): valid OpenAPI
// 3.1 by the specification's own schema (@readme/openapi-parser), every route
// under app/api/v1 described and nothing described that is not served, each
// endpoint's parameters exactly its query schema's keys, and a document that
// would break one of these rules shown to fail.
import fs from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { ENDPOINTS, openApiDocument, OPENAPI_PATH } from "../../lib/read-api/openapi";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route file under app/api/v1, as the path it serves. */
function servedPaths(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return servedPaths(full);
    return entry.name === "route.ts" ? ["/api/v1/" + path.relative(API_DIR, dir).split(path.sep).join("/")] : [];
  });
}

describe("the read API's OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    // The parser dereferences in place: give it a copy.
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("would not pass a broken document", async () => {
    const broken = structuredClone(openApiDocument()) as Record<string, any>;
    broken.paths["/api/v1/expectations"].get.responses = "none";
    expect((await validate(broken as never)).valid).toBe(false);
    const dangling = structuredClone(openApiDocument()) as Record<string, any>;
    dangling.paths["/api/v1/scorecard"].get.responses["200"].content["application/json"].schema.$ref = "#/components/schemas/Nothing";
    expect((await validate(dangling as never)).valid).toBe(false);
  });

  it("describes every route under app/api/v1, and only those, with GET alone", () => {
    const doc = openApiDocument();
    const served = servedPaths().sort();
    expect(served).toContain("/api/v1/expectations");
    expect(Object.keys(doc.paths).sort()).toEqual(served);
    for (const [p, item] of Object.entries(doc.paths)) expect(Object.keys(item as object), p).toEqual(["get"]);
    for (const file of served) {
      const source = fs.readFileSync(path.join(API_DIR, file.replace("/api/v1/", ""), "route.ts"), "utf8");
      expect(source, file).toMatch(/export (const|function) GET\b/);
      expect(source, file).not.toMatch(/export (const|async function|function) (POST|PUT|PATCH|DELETE)\b/);
    }
    expect(served).toContain(OPENAPI_PATH);
  });

  it("lists each endpoint's query parameters as its schema has them, asOf on every one", () => {
    const doc = openApiDocument() as { paths: Record<string, { get: { parameters: { name: string; in: string; required: boolean }[] } }> };
    for (const e of ENDPOINTS) {
      const params = doc.paths[e.path]!.get.parameters;
      expect(params.map((p) => p.name).sort(), e.path).toEqual(Object.keys(e.query.shape).sort());
      expect(
        params.every((p) => p.in === "query" && p.required === false),
        e.path,
      ).toBe(true);
      expect(params.map((p) => p.name)).toContain("asOf");
    }
    const limit = doc.paths["/api/v1/developments"]!.get.parameters.find((p) => p.name === "limit") as unknown as { schema: { type: string } };
    expect(limit.schema.type).toBe("string");
  });
});
