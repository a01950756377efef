"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";
import { overrideStatus, releaseOverride } from "@/lib/judgement/override-status";

const ById = z.tuple([BoundId]);

export const overrideStatusAction = actorAction("write:evidence", {
  fields: FIELDS.override,
  args: ById,
  run: ({ db, actor, input, args: [id], now }) => overrideStatus(db, actor, id, input, now),
  done: (r, { args: [id] }) => {
    revalidatePath(`/expectations/${id}`);
    revalidatePath("/reviews");
    return okState(r.pending ? "judgement.overrideSentForReview" : "judgement.overrideSaved");
  },
});

export const releaseOverrideAction = actorAction("write:evidence", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [id], now }) => releaseOverride(db, actor, id, now),
  done: (_r, { args: [id] }) => {
    revalidatePath(`/expectations/${id}`);
    return okState("judgement.released");
  },
});
