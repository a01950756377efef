// A read API query string, parsed strictly: a parameter the endpoint does not
// know, or one given twice, is refused and named — a misspelt ?asof= must not
// quietly answer for today. The as-of day may not lie ahead of `now`.
import type { z } from "zod";

export class QueryError extends Error {
  readonly param: string;
  constructor(param: string, message: string) {
    super(message);
    this.name = "QueryError";
    this.param = param;
  }
}

export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams, now: Date): z.output<S> & { asOf: string } {
  const flat: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in flat) throw new QueryError(key, "api.errors.repeatedParam");
    flat[key] = value;
  }
  const result = schema.safeParse(flat);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === "unrecognized_keys") throw new QueryError(issue.keys[0]!, "api.errors.unknownParam");
    throw new QueryError(String(issue.path[0] ?? "query"), "api.errors.invalidParam");
  }
  const data = result.data as z.output<S> & { asOf?: string };
  const today = now.toISOString().slice(0, 10);
  if (data.asOf && data.asOf > today) throw new QueryError("asOf", "api.errors.futureDay");
  return { ...data, asOf: data.asOf ?? today };
}
