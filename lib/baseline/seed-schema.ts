// The shape of a survey baseline as the seed loads it. A baseline file is
// checked against this before anything is written, so a typo in the content
// fails the seed (and the unit tests) instead of landing in the database.
// Objects are strict: a misspelt field is named, not silently dropped. The
// shape is documented for people writing a file in docs/baseline-format.md.
import { z } from "zod";
import { THEME_KEYS } from "../expectations/themes";
import { EXPECTATION_KINDS } from "../vocabulary";

const IsoDate = z.iso.date();
const Key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens");

// Every text comes in English and Korean (the *Ko fields); both are required,
// so a baseline cannot be loaded half-translated. Korean runs shorter than
// English for the same content, hence the lower minimums.
export const SeedExpectationSchema = z
  .strictObject({
    key: Key,
    theme: z.enum(THEME_KEYS),
    statement: z.string().min(20).max(400),
    statementKo: z.string().min(5).max(400),
    panelShare: z.number().min(0).max(1).nullable(),
    kind: z.enum(EXPECTATION_KINDS),
    reasons: z.array(z.string().min(5).max(300)),
    // The same reasons in Korean, in the same order.
    reasonsKo: z.array(z.string().min(2).max(300)),
    resolutionCriteria: z.string().min(40).max(1200),
    resolutionCriteriaKo: z.string().min(20).max(1200),
    deadline: IsoDate.nullable(),
    conditionKey: Key.nullable(),
    questionGroup: Key.nullable(),
    answerLabel: z.string().min(2).max(80).nullable(),
    answerLabelKo: z.string().min(1).max(80).nullable(),
  })
  .superRefine((e, ctx) => {
    if (e.reasonsKo.length !== e.reasons.length)
      ctx.addIssue({
        code: "custom",
        path: ["reasonsKo"],
        message: `reasonsKo must match reasons one to one (reasons: ${e.reasons.length}, reasonsKo: ${e.reasonsKo.length})`,
      });
    if ((e.answerLabel === null) !== (e.answerLabelKo === null))
      ctx.addIssue({ code: "custom", path: ["answerLabelKo"], message: "answerLabelKo is set exactly when answerLabel is" });
  });

export const SeedSurveySchema = z.strictObject({
  slug: Key,
  organisation: z.string().min(3),
  organisationKo: z.string().min(2),
  title: z.string().min(10),
  titleKo: z.string().min(2),
  panelSize: z.number().int().positive(),
  panelDescription: z.string().min(5),
  mode: z.string().min(3),
  fieldworkStart: IsoDate,
  fieldworkEnd: IsoDate,
  publishedOn: IsoDate,
  sourceReference: z.string().min(10),
});

export const SeedBaselineSchema = z
  .strictObject({ survey: SeedSurveySchema, expectations: z.array(SeedExpectationSchema).min(1) })
  .superRefine((baseline, ctx) => {
    const keys = new Set<string>();
    baseline.expectations.forEach((e, i) => {
      if (keys.has(e.key)) ctx.addIssue({ code: "custom", path: ["expectations", i, "key"], message: `duplicate key ${e.key}` });
      keys.add(e.key);
    });
    baseline.expectations.forEach((e, i) => {
      if (e.conditionKey && !keys.has(e.conditionKey))
        ctx.addIssue({ code: "custom", path: ["expectations", i, "conditionKey"], message: `unknown expectation ${e.conditionKey}` });
      if (e.conditionKey === e.key)
        ctx.addIssue({ code: "custom", path: ["expectations", i, "conditionKey"], message: "an expectation cannot depend on itself" });
      if ((e.questionGroup === null) !== (e.answerLabel === null))
        ctx.addIssue({ code: "custom", path: ["expectations", i, "answerLabel"], message: "questionGroup and answerLabel go together" });
    });
    // The answers of one question are mutually exclusive: at least two of them,
    // one theme, and their panel shares cannot add up to more than the panel.
    const groups = new Map<string, { index: number; theme: string; share: number | null }[]>();
    baseline.expectations.forEach((e, index) => {
      if (e.questionGroup) groups.set(e.questionGroup, [...(groups.get(e.questionGroup) ?? []), { index, theme: e.theme, share: e.panelShare }]);
    });
    for (const [group, answers] of groups) {
      const first = answers[0]!;
      const path = ["expectations", first.index, "questionGroup"];
      if (answers.length < 2) ctx.addIssue({ code: "custom", path, message: `question ${group} needs at least two answers` });
      if (answers.some((a) => a.theme !== first.theme))
        ctx.addIssue({ code: "custom", path, message: `the answers of question ${group} must share one theme` });
      const total = answers.reduce((sum, a) => sum + (a.share ?? 0), 0);
      if (total > 1 + 1e-9) ctx.addIssue({ code: "custom", path, message: `the shares of question ${group} add up to more than 1` });
    }
    // Conditions must not loop (a depends on b depends on a).
    const conditionOf = new Map(baseline.expectations.map((e) => [e.key, e.conditionKey]));
    baseline.expectations.forEach((e, i) => {
      if (e.conditionKey === e.key) return; // reported above
      const seen = new Set([e.key]);
      for (let next = e.conditionKey; next; next = conditionOf.get(next) ?? null) {
        if (seen.has(next)) {
          if (next !== e.key) break; // a loop further down the chain: reported at its own members
          ctx.addIssue({ code: "custom", path: ["expectations", i, "conditionKey"], message: "conditions form a loop" });
          break;
        }
        seen.add(next);
      }
    });
    const { fieldworkStart, fieldworkEnd, publishedOn } = baseline.survey;
    if (!(fieldworkStart <= fieldworkEnd && fieldworkEnd <= publishedOn))
      ctx.addIssue({ code: "custom", path: ["survey"], message: "fieldwork must end before publication" });
    baseline.expectations.forEach((e, i) => {
      if (e.deadline !== null && e.deadline <= publishedOn)
        ctx.addIssue({ code: "custom", path: ["expectations", i, "deadline"], message: "deadline must fall after publication" });
    });
  });

export type SeedBaseline = z.infer<typeof SeedBaselineSchema>;
export type SeedExpectation = z.infer<typeof SeedExpectationSchema>;
