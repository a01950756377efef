"use server";
// A second analyst approves or returns a held act: one form, the button
// pressed says which. The actor is checked before the body is read
// (lib/web/http/server-action.ts); only the comment and the decision are read.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { decideReview } from "@/lib/review/decide-review";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

const ById = z.tuple([BoundId]);

export const decideReviewAction = actorAction("write:evidence", {
  fields: FIELDS.decideReview,
  args: ById,
  run: ({ db, actor, input, args: [id], now }) => decideReview(db, actor, id, input, now),
  done: (decision) => {
    revalidatePath("/reviews");
    revalidatePath("/expectations", "layout");
    // The decided item leaves the list, and its form with it: the page itself says what was done.
    redirect(`/reviews?notice=${decision === "APPROVED" ? "review-approved" : "review-returned"}`);
  },
});
