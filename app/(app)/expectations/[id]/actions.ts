"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateThresholds } from "@/lib/expectations/update-thresholds";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

export const updateThresholdsAction = actorAction("write:evidence", {
  fields: FIELDS.thresholds,
  args: z.tuple([BoundId]),
  run: ({ db, actor, input, args: [id] }) => updateThresholds(db, actor, id, input),
  done: (_r, { args: [id] }) => {
    revalidatePath(`/expectations/${id}`);
    return okState("thresholds.saved");
  },
});
