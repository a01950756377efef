// The admin's baseline upload: a preview that writes nothing (every problem by
// field path, or what would be created, updated and kept), and an import that
// writes the same plan with its audit rows (docs/decisions/0090). Importing
// the same file again changes nothing; an edited file updates what changed.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { planBaseline } from "./plan-baseline";
import { BASELINE_FORMATS, BASELINE_MAX_BYTES, readBaseline, type BaselineProblem } from "./read-baseline";
import { seedBaseline } from "./seed-baseline";

export const BaselineUploadSchema = z.object({
  format: z.enum(BASELINE_FORMATS, { error: "validation.invalid" }),
  text: z.string({ error: "baselines.errors.empty" }).min(1, "baselines.errors.empty").max(BASELINE_MAX_BYTES, "baselines.errors.tooLarge"),
});
export type BaselineUpload = z.infer<typeof BaselineUploadSchema>;

export type BaselinePreviewRow = { key: string; change: "created" | "updated" | "unchanged"; changed: string[]; statement: string };
export type BaselinePreview =
  | { ok: false; problems: BaselineProblem[] }
  | {
      ok: true;
      slug: string;
      title: string;
      titleKo: string;
      surveyIsNew: boolean;
      surveyChanged: string[];
      rows: BaselinePreviewRow[];
      kept: string[];
      counts: { created: number; updated: number; unchanged: number };
    };

export async function previewBaseline(db: Db, actor: Actor | null, raw: unknown): Promise<BaselinePreview> {
  requireAbility(actor, "manage:surveys");
  const upload = parseOrThrow(BaselineUploadSchema, raw);
  const read = readBaseline(upload.text, upload.format);
  if (!read.ok) return read;
  const plan = await planBaseline(db, read.baseline);
  return {
    ok: true,
    slug: plan.slug,
    title: read.baseline.survey.title,
    titleKo: read.baseline.survey.titleKo,
    surveyIsNew: plan.survey.id === null,
    surveyChanged: plan.survey.changed,
    rows: plan.expectations.map((e) => ({ key: e.key, change: e.change, changed: e.changed, statement: e.fields.statement })),
    kept: plan.kept,
    counts: plan.counts,
  };
}

export async function importBaseline(db: Db, actor: Actor | null, raw: unknown) {
  const admin = requireAbility(actor, "manage:surveys");
  const upload = parseOrThrow(BaselineUploadSchema, raw);
  const read = readBaseline(upload.text, upload.format);
  if (!read.ok) {
    const fieldErrors = Object.fromEntries(read.problems.map((p) => [p.path, [p.message]]));
    throw new AppError("VALIDATION", "baselines.errors.invalid", fieldErrors);
  }
  const { surveyId, created, updated, unchanged, plan } = await seedBaseline(db, read.baseline, { audit: { userId: admin.userId } });
  return { surveyId, slug: plan.slug, created, updated, unchanged, surveyChanged: plan.survey.changed.length > 0 || plan.survey.id === null };
}
