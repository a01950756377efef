// A survey baseline file (JSON or YAML, docs/baseline-format.md) read into the
// checked shape, or every problem in it named by field path
// ("expectations[2].deadline"). Nothing here touches the database: the seed,
// the upload preview and the import all come through this one reader.
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { SeedBaselineSchema, type SeedBaseline } from "./seed-schema";

import { BASELINE_MAX_BYTES, type BaselineFormat } from "./limits";

export { BASELINE_FORMATS, BASELINE_MAX_BYTES, formatOf, type BaselineFormat } from "./limits";

export type BaselineProblem = { path: string; message: string };
export type ReadBaseline = { ok: true; baseline: SeedBaseline } | { ok: false; problems: BaselineProblem[] };

/** ["expectations", 2, "deadline"] as "expectations[2].deadline". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "(file)";
}

function parseText(text: string, format: BaselineFormat): { ok: true; value: unknown } | { ok: false; problems: BaselineProblem[] } {
  const clean = text.replace(/^\uFEFF/, "");
  if (format === "json") {
    try {
      return { ok: true, value: JSON.parse(clean) };
    } catch (error) {
      return { ok: false, problems: [{ path: "(file)", message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  try {
    // Plain data only: no custom tags, and aliases capped so a small file
    // cannot expand into a huge one.
    return { ok: true, value: parseYaml(clean, { maxAliasCount: 50, uniqueKeys: true }) };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : "";
    const first = (error as Error).message.split("\n")[0];
    return { ok: false, problems: [{ path: "(file)", message: `not valid YAML${where}: ${first}` }] };
  }
}

export function readBaseline(text: string, format: BaselineFormat): ReadBaseline {
  if (Buffer.byteLength(text, "utf8") > BASELINE_MAX_BYTES)
    return { ok: false, problems: [{ path: "(file)", message: `larger than ${BASELINE_MAX_BYTES / 1024} KiB` }] };
  const parsed = parseText(text, format);
  if (!parsed.ok) return parsed;
  const checked = SeedBaselineSchema.safeParse(parsed.value);
  if (checked.success) return { ok: true, baseline: checked.data };
  return { ok: false, problems: problemsOf(checked.error) };
}

export function problemsOf(error: z.ZodError): BaselineProblem[] {
  return error.issues.map((issue) => ({
    path: fieldPath(issue.path),
    message: issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : issue.message,
  }));
}
