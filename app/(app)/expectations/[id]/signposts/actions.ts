"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeSignpost, saveSignpost } from "@/lib/signposts/edit-signposts";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

const done = (id: string, key: string) => {
  revalidatePath(`/expectations/${id}/signposts`);
  revalidatePath("/inbox");
  return okState(key);
};

/** Bound: the expectation, and the signpost ("new" for a new one). */
export const saveSignpostAction = actorAction("write:evidence", {
  fields: FIELDS.signpost,
  args: z.tuple([BoundId, BoundId]),
  run: ({ db, actor, input, args: [id, signpost], now }) => saveSignpost(db, actor, id, signpost === "new" ? null : signpost, input, now),
  done: (_r, { args: [id, signpost] }) => done(id, signpost === "new" ? "signposts.added" : "signposts.saved"),
});

export const removeSignpostAction = actorAction("write:evidence", {
  fields: FIELDS.removeSignpost,
  args: z.tuple([BoundId, BoundId]),
  run: ({ db, actor, input, args: [id, signpost], now }) => removeSignpost(db, actor, id, signpost, input, now),
  done: (_r, { args: [id] }) => done(id, "signposts.removed"),
});
