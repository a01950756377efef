// Loads a survey baseline into the database, idempotently: the Survey is
// upserted on its slug, each Expectation on (survey, key). The plan
// (lib/baseline/plan-baseline.ts) compares every row first; only the fields
// that differ are written, so a second run writes nothing and no updatedAt
// moves. English and Korean texts (the *Ko columns, reasons' textKo) are
// compared and written alike.
//
// Only the baseline's fields are written. Status, statusChangedAt, thresholds
// and version belong to judgement and analysts and are never touched on an
// existing expectation. Expectations that are in the database but no longer in
// the baseline are left alone (evidence and history may hang on them).
//
// With `audit`, every created or updated row gets its audit row in the same
// transaction, naming the fields that changed before and after
// (docs/decisions/0090).
import type { Db } from "../db-client";
import { recordAudit } from "../audit/record-audit";
import { planBaseline, type BaselinePlan } from "./plan-baseline";
import { SeedBaselineSchema, type SeedBaseline } from "./seed-schema";

export { utcDate } from "./plan-baseline";

export type SeedResult = { surveyId: string; created: number; updated: number; unchanged: number };
export type SeedOptions = { audit?: { userId: string | null } };

export async function seedBaseline(db: Db, baseline: SeedBaseline, options: SeedOptions = {}): Promise<SeedResult & { plan: BaselinePlan }> {
  const parsed = SeedBaselineSchema.parse(baseline);

  return db.$transaction(
    async (tx) => {
      const plan = await planBaseline(tx, parsed);
      const audit = options.audit;

      let surveyId = plan.survey.id;
      if (surveyId === null) {
        surveyId = (await tx.survey.create({ data: { slug: parsed.survey.slug, ...plan.survey.after }, select: { id: true } })).id;
      } else if (plan.survey.changed.length > 0) {
        const after = plan.survey.after;
        await tx.survey.update({ where: { id: surveyId }, data: Object.fromEntries(plan.survey.changed.map((k) => [k, after[k as keyof typeof after]])) });
      }

      const idByKey = new Map(plan.expectations.flatMap((e) => (e.id ? [[e.key, e.id] as const] : [])));
      // First pass: the expectations' own fields and their reasons.
      for (const e of plan.expectations) {
        if (e.change === "created") {
          const { id } = await tx.expectation.create({
            data: { surveyId, key: e.key, ...e.fields, reasons: { create: e.reasons } },
            select: { id: true },
          });
          idByKey.set(e.key, id);
          continue;
        }
        if (e.change === "unchanged") continue;
        const data = Object.fromEntries(e.changed.filter((f) => f in e.fields).map((f) => [f, e.fields[f as keyof typeof e.fields]]));
        if (Object.keys(data).length > 0) await tx.expectation.update({ where: { id: e.id! }, data });
        if (e.changed.includes("reasons")) {
          await tx.expectationReason.deleteMany({ where: { expectationId: e.id! } });
          await tx.expectationReason.createMany({ data: e.reasons.map((r) => ({ expectationId: e.id!, ...r })) });
        }
      }
      // Second pass: conditions, now that every key has an id.
      for (const e of plan.expectations) {
        if (!e.changed.includes("condition") && !(e.change === "created" && e.conditionKey)) continue;
        const conditionId = e.conditionKey === null ? null : idByKey.get(e.conditionKey)!;
        await tx.expectation.update({ where: { id: idByKey.get(e.key)! }, data: { conditionId } });
      }

      if (audit) {
        for (const e of plan.expectations) {
          if (e.change === "unchanged") continue;
          await recordAudit(tx, {
            userId: audit.userId,
            action: e.change === "created" ? "expectation.baseline.create" : "expectation.baseline.update",
            entityType: "Expectation",
            entityId: idByKey.get(e.key)!,
            changes: { survey: parsed.survey.slug, key: e.key, before: e.before, after: e.after },
          });
        }
        if (plan.survey.id === null || plan.survey.changed.length > 0 || plan.counts.created + plan.counts.updated > 0) {
          await recordAudit(tx, {
            userId: audit.userId,
            action: "survey.baseline.import",
            entityType: "Survey",
            entityId: surveyId,
            changes: { slug: parsed.survey.slug, ...plan.counts, before: plan.survey.before, after: plan.survey.afterShown },
          });
        }
      }

      return { surveyId, ...plan.counts, plan };
    },
    { timeout: 30_000 },
  );
}
