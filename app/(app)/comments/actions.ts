"use server";
// Comments under developments and expectations (decision 0081). The actor is
// checked before the body is read (lib/web/http/server-action.ts); only the
// comment's text is read from the form.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addComment } from "@/lib/comments/add-comment";
import { removeComment } from "@/lib/comments/remove-comment";
import { COMMENT_TARGETS } from "@/lib/comments/schemas";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

const OnTarget = z.tuple([z.enum(COMMENT_TARGETS), BoundId]);
const ByComment = z.tuple([BoundId, z.enum(COMMENT_TARGETS), BoundId]);

const pageOf = (kind: (typeof COMMENT_TARGETS)[number], id: string) => `/${kind}s/${id}`;

export const addCommentAction = actorAction("write:evidence", {
  fields: FIELDS.comment,
  args: OnTarget,
  run: ({ db, actor, input, args: [kind, id], now }) => addComment(db, actor, { kind, id }, input, now),
  done: (_r, { args: [kind, id] }) => {
    revalidatePath(pageOf(kind, id));
    return okState("comments.saved");
  },
});

export const removeCommentAction = actorAction("write:evidence", {
  fields: FIELDS.none,
  args: ByComment,
  run: ({ db, actor, args: [commentId], now }) => removeComment(db, actor, commentId, now),
  done: (_r, { args: [, kind, id] }) => {
    revalidatePath(pageOf(kind, id));
    return okState("comments.removed");
  },
});
