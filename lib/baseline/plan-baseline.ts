// What loading a baseline would do, worked out without writing: for the
// survey and each expectation, whether it is new, changed (and which fields,
// before and after) or unchanged, and which stored expectations the file no
// longer names (they are kept). The preview shows this; seedBaseline writes it.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import type { SeedBaseline, SeedExpectation } from "./seed-schema";

type Reader = Pick<Db, "survey" | "expectation"> | Prisma.TransactionClient;

/** An ISO calendar date ("2025-01-10") as the Date of UTC midnight that day. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** A value as an audit row or a preview shows it: dates as their day. */
function shown(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

function surveyFields(survey: SeedBaseline["survey"]) {
  return {
    organisation: survey.organisation,
    organisationKo: survey.organisationKo,
    title: survey.title,
    titleKo: survey.titleKo,
    panelSize: survey.panelSize,
    panelDescription: survey.panelDescription,
    mode: survey.mode,
    fieldworkStart: utcDate(survey.fieldworkStart),
    fieldworkEnd: utcDate(survey.fieldworkEnd),
    publishedOn: utcDate(survey.publishedOn),
    sourceReference: survey.sourceReference,
  };
}

function expectationFields(e: SeedExpectation, position: number) {
  return {
    theme: e.theme,
    position,
    statement: e.statement,
    statementKo: e.statementKo,
    panelShare: e.panelShare,
    kind: e.kind,
    resolutionCriteria: e.resolutionCriteria,
    resolutionCriteriaKo: e.resolutionCriteriaKo,
    deadline: e.deadline === null ? null : utcDate(e.deadline),
    questionGroup: e.questionGroup,
    answerLabel: e.answerLabel,
    answerLabelKo: e.answerLabelKo,
  };
}

export type Change = "created" | "updated" | "unchanged";
type Reason = { position: number; text: string; textKo: string };

export type ExpectationPlan = {
  key: string;
  id: string | null;
  change: Change;
  /** The changed field names; "reasons" and "condition" stand for the reasons and the condition. */
  changed: string[];
  fields: ReturnType<typeof expectationFields>;
  reasons: Reason[];
  conditionKey: string | null;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export type BaselinePlan = {
  slug: string;
  survey: {
    id: string | null;
    changed: string[];
    after: ReturnType<typeof surveyFields>;
    before: Record<string, unknown>;
    afterShown: Record<string, unknown>;
  };
  expectations: ExpectationPlan[];
  /** Stored expectations of this survey the file does not name: left as they are. */
  kept: string[];
  counts: { created: number; updated: number; unchanged: number };
};

export async function planBaseline(db: Reader, baseline: SeedBaseline): Promise<BaselinePlan> {
  const wantedSurvey = surveyFields(baseline.survey);
  const survey = await db.survey.findUnique({ where: { slug: baseline.survey.slug } });
  const surveyChanged = survey ? (Object.keys(wantedSurvey) as (keyof typeof wantedSurvey)[]).filter((k) => !sameValue(survey[k], wantedSurvey[k])) : [];
  const rows = survey ? await db.expectation.findMany({ where: { surveyId: survey.id }, include: { reasons: { orderBy: { position: "asc" } } } }) : [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  const positionInTheme = new Map<string, number>();

  const expectations: ExpectationPlan[] = baseline.expectations.map((e) => {
    const position = positionInTheme.get(e.theme) ?? 0;
    positionInTheme.set(e.theme, position + 1);
    const fields = expectationFields(e, position);
    const reasons = e.reasons.map((text, i) => ({ position: i, text, textKo: e.reasonsKo[i]! }));
    const row = byKey.get(e.key);
    if (!row) {
      const after = {
        ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, shown(v)])),
        reasons: e.reasons,
        reasonsKo: e.reasonsKo,
        condition: e.conditionKey,
      };
      return { key: e.key, id: null, change: "created", changed: [], fields, reasons, conditionKey: e.conditionKey, before: {}, after };
    }
    const changed: string[] = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => !sameValue(row[k], fields[k]));
    const before: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, shown(row[k as keyof typeof row])]));
    const after: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, shown(fields[k as keyof typeof fields])]));
    const sameReasons =
      row.reasons.length === reasons.length && row.reasons.every((r, i) => r.position === i && r.text === reasons[i]!.text && r.textKo === reasons[i]!.textKo);
    if (!sameReasons) {
      changed.push("reasons");
      Object.assign(before, { reasons: row.reasons.map((r) => r.text), reasonsKo: row.reasons.map((r) => r.textKo) });
      Object.assign(after, { reasons: e.reasons, reasonsKo: e.reasonsKo });
    }
    const currentCondition = row.conditionId ? (keyById.get(row.conditionId) ?? row.conditionId) : null;
    if (currentCondition !== e.conditionKey) {
      changed.push("condition");
      before.condition = currentCondition;
      after.condition = e.conditionKey;
    }
    return { key: e.key, id: row.id, change: changed.length ? "updated" : "unchanged", changed, fields, reasons, conditionKey: e.conditionKey, before, after };
  });

  const named = new Set(baseline.expectations.map((e) => e.key));
  const count = (c: Change) => expectations.filter((e) => e.change === c).length;
  return {
    slug: baseline.survey.slug,
    survey: {
      id: survey?.id ?? null,
      changed: surveyChanged,
      after: wantedSurvey,
      before: survey ? Object.fromEntries(surveyChanged.map((k) => [k, shown(survey[k])])) : {},
      afterShown: Object.fromEntries((survey ? surveyChanged : Object.keys(wantedSurvey)).map((k) => [k, shown(wantedSurvey[k as keyof typeof wantedSurvey])])),
    },
    expectations,
    kept: rows.filter((r) => !named.has(r.key)).map((r) => r.key),
    counts: { created: count("created"), updated: count("updated"), unchanged: count("unchanged") },
  };
}
