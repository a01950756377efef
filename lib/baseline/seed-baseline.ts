// Loads a survey baseline into the database, idempotently: the Survey is
// upserted on its slug, each Expectation on (survey, key). Every row is
// compared first and written only when the baseline's own fields differ, so a
// second run writes nothing and no updatedAt moves. English and Korean texts
// (the *Ko columns, reasons' textKo) are compared and written alike.
//
// Only the baseline's fields are written. Status, statusChangedAt, thresholds
// and version belong to judgement and analysts and are never touched on an
// existing expectation. Expectations that are in the database but no longer in
// the baseline are left alone (evidence and history may hang on them).
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { SeedBaselineSchema, type SeedBaseline, type SeedExpectation } from "./seed-schema";

type Tx = Prisma.TransactionClient;

export type SeedResult = { surveyId: string; created: number; updated: number; unchanged: number };

/** An ISO calendar date ("2025-01-10") as the Date of UTC midnight that day. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** The keys of `wanted` whose values differ from `current`'s. */
function changedFields<T extends Record<string, unknown>>(current: Record<string, unknown>, wanted: T): Partial<T> {
  const diff: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T & string)[]) {
    if (!sameValue(current[key], wanted[key])) diff[key] = wanted[key];
  }
  return diff;
}

const isEmpty = (o: object) => Object.keys(o).length === 0;

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

async function upsertSurvey(tx: Tx, survey: SeedBaseline["survey"]): Promise<string> {
  const fields = surveyFields(survey);
  const existing = await tx.survey.findUnique({ where: { slug: survey.slug } });
  if (!existing) return (await tx.survey.create({ data: { slug: survey.slug, ...fields } })).id;
  const diff = changedFields(existing, fields);
  if (!isEmpty(diff)) await tx.survey.update({ where: { id: existing.id }, data: diff });
  return existing.id;
}

export async function seedBaseline(db: Db, baseline: SeedBaseline): Promise<SeedResult> {
  const parsed = SeedBaselineSchema.parse(baseline);

  return db.$transaction(
    async (tx) => {
      const surveyId = await upsertSurvey(tx, parsed.survey);
      const existing = await tx.expectation.findMany({
        where: { surveyId },
        include: { reasons: { orderBy: { position: "asc" } } },
      });
      const byKey = new Map(existing.map((row) => [row.key, row]));
      const idByKey = new Map(existing.map((row) => [row.key, row.id]));
      const created = new Set<string>();
      const updated = new Set<string>();
      const positionInTheme = new Map<string, number>();

      // First pass: the expectations' own fields and their reasons.
      for (const e of parsed.expectations) {
        const position = positionInTheme.get(e.theme) ?? 0;
        positionInTheme.set(e.theme, position + 1);
        const fields = expectationFields(e, position);
        // The schema guarantees reasonsKo matches reasons one to one.
        const reasons = e.reasons.map((text, i) => ({ position: i, text, textKo: e.reasonsKo[i]! }));
        const row = byKey.get(e.key);

        if (!row) {
          const { id } = await tx.expectation.create({
            data: { surveyId, key: e.key, ...fields, reasons: { create: reasons } },
          });
          idByKey.set(e.key, id);
          created.add(e.key);
          continue;
        }
        const diff = changedFields(row, fields);
        if (!isEmpty(diff)) {
          await tx.expectation.update({ where: { id: row.id }, data: diff });
          updated.add(e.key);
        }
        const sameReasons =
          row.reasons.length === reasons.length &&
          row.reasons.every((r, i) => r.position === i && r.text === reasons[i]!.text && r.textKo === reasons[i]!.textKo);
        if (!sameReasons) {
          await tx.expectationReason.deleteMany({ where: { expectationId: row.id } });
          await tx.expectationReason.createMany({ data: reasons.map((r) => ({ expectationId: row.id, ...r })) });
          updated.add(e.key);
        }
      }

      // Second pass: conditions, now that every key has an id.
      for (const e of parsed.expectations) {
        const wanted = e.conditionKey === null ? null : idByKey.get(e.conditionKey)!;
        const current = byKey.get(e.key)?.conditionId ?? null;
        if (wanted === current) continue;
        await tx.expectation.update({ where: { id: idByKey.get(e.key)! }, data: { conditionId: wanted } });
        if (!created.has(e.key)) updated.add(e.key);
      }

      return {
        surveyId,
        created: created.size,
        updated: updated.size,
        unchanged: parsed.expectations.length - created.size - updated.size,
      };
    },
    { timeout: 30_000 },
  );
}
