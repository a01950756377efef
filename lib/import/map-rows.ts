// Rows of an import file as development inputs: the documented columns
// (docs/decisions/0063) or ACLED's. Pure: rows in, inputs and per-row errors out.
import { createHash } from "node:crypto";
import { makeLogDevelopmentSchema, type LogDevelopmentInput } from "../developments/schemas";
import { snapshotOf } from "../developments/snapshot";

export type ImportRecord = Record<string, string>;
export type ImportOptions = { reliability: string; credibility: number; today: string };
export type MappedRow = { line: number; externalId: string; input: LogDevelopmentInput; digest: string };
export type RowError = { line: number; externalId: string | null; messages: string[] };

const ACLED_TYPES: Record<string, string> = {
  battles: "MILITARY_ACTIVITY",
  "explosions/remote violence": "MILITARY_ACTIVITY",
  "violence against civilians": "MILITARY_ACTIVITY",
  protests: "DOMESTIC_POLITICS",
  riots: "DOMESTIC_POLITICS",
  "strategic developments": "OTHER",
};
const ACLED_SUB_TYPES: Record<string, string> = {
  agreement: "AGREEMENT",
  "headquarters or base established": "TROOP_POSTURE",
  "shelling/artillery/missile attack": "MISSILE_TEST",
};

export const isAcled = (headers: string[]) => headers.includes("event_id_cnty");
const list = (v: string | undefined) =>
  (v ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

function fromAcled(r: ImportRecord, o: ImportOptions) {
  const type = (r.event_type ?? "").trim();
  const sub = (r.sub_event_type ?? "").trim();
  const actors = [r.actor1, r.actor2].map((a) => (a ?? "").trim()).filter(Boolean);
  const who = actors.join(" / ");
  return {
    externalId: (r.event_id_cnty ?? "").trim() ? `acled:${r.event_id_cnty!.trim()}` : "",
    raw: {
      occurredOn: (r.event_date ?? "").trim(),
      datePrecision: "DAY",
      title: `${sub || type}${who ? `: ${who}` : ""}${r.country ? ` (${r.country.trim()})` : ""}`.slice(0, 200),
      summary: (r.notes ?? "").trim(),
      eventType: ACLED_SUB_TYPES[sub.toLowerCase()] ?? ACLED_TYPES[type.toLowerCase()] ?? (type ? "OTHER" : ""),
      actors,
      tags: ["ACLED"],
      sources: [
        {
          url: "",
          citation: `ACLED ${r.event_id_cnty ?? ""}`.trim(),
          publisher: (r.source ?? "").trim() || "ACLED",
          reliability: o.reliability,
          credibility: String(o.credibility),
        },
      ],
      links: [],
    },
  };
}

function fromDocumented(r: ImportRecord, o: ImportOptions) {
  return {
    externalId: (r.external_id ?? "").trim(),
    raw: {
      occurredOn: (r.date ?? "").trim(),
      datePrecision: (r.date_precision ?? "").trim() || "DAY",
      title: (r.title ?? "").trim(),
      summary: (r.summary ?? "").trim(),
      eventType: (r.event_type ?? "").trim(),
      actors: list(r.actors),
      tags: list(r.tags),
      sources: [
        {
          url: (r.source_url ?? "").trim(),
          citation: "",
          publisher: (r.publisher ?? "").trim(),
          reliability: (r.reliability ?? "").trim() || o.reliability,
          credibility: (r.credibility ?? "").trim() || String(o.credibility),
        },
      ],
      links: [],
    },
  };
}

export function mapRecords(records: { line: number; record: ImportRecord }[], acled: boolean, o: ImportOptions) {
  const schema = makeLogDevelopmentSchema(o.today);
  const rows: MappedRow[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const { line, record } of records) {
    const { externalId, raw } = acled ? fromAcled(record, o) : fromDocumented(record, o);
    const messages: string[] = [];
    if (!externalId) messages.push("import.errors.externalId");
    else if (seen.has(externalId)) messages.push("import.errors.duplicateId");
    const parsed = schema.safeParse(raw);
    if (!parsed.success) for (const issue of parsed.error.issues) messages.push(`${issue.path.join(".") || "row"}: ${issue.message}`);
    if (messages.length || !parsed.success) {
      errors.push({ line, externalId: externalId || null, messages });
      continue;
    }
    seen.add(externalId);
    const digest = createHash("sha256")
      .update(JSON.stringify(snapshotOf(parsed.data)))
      .digest("hex");
    rows.push({ line, externalId, input: parsed.data, digest });
  }
  return { rows, errors };
}
