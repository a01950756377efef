"use server";
import { revalidatePath } from "next/cache";
import { importBaseline, previewBaseline } from "@/lib/baseline/import-baseline";
import { setReviewPolicy } from "@/lib/review/set-review-policy";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction } from "@/lib/web/http/server-action";

// Both check the admin before the body is read (lib/web/http/server-action.ts);
// the file's text arrives as a form field, capped by the form reader and by
// the baseline's own limit.
export const previewBaselineAction = actorAction("manage:surveys", {
  fields: FIELDS.baseline,
  run: ({ db, actor, input }) => previewBaseline(db, actor, input),
  // A file with problems is answered as an error, so the count reads as one; the list is in `data`.
  done: async (preview) => {
    const state = await okState(preview.ok ? "baselines.previewReady" : "baselines.previewProblems", {
      count: preview.ok ? preview.rows.length : preview.problems.length,
    });
    return { ...state, status: preview.ok ? "ok" : "error", data: preview };
  },
});

export const importBaselineAction = actorAction("manage:surveys", {
  fields: FIELDS.baseline,
  run: ({ db, actor, input }) => importBaseline(db, actor, input),
  done: (result) => {
    revalidatePath("/admin/surveys");
    revalidatePath("/", "layout");
    return okState("baselines.imported", { slug: result.slug, created: result.created, updated: result.updated, unchanged: result.unchanged });
  },
});

export const setReviewPolicyAction = actorAction("manage:surveys", {
  fields: FIELDS.reviewPolicy,
  run: ({ db, actor, input }) => setReviewPolicy(db, actor, input),
  done: () => {
    revalidatePath("/admin/surveys");
    return okState("reviews.policySaved");
  },
});
