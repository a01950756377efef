"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { editExpectation } from "@/lib/expectations/edit-expectation";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { removeForecast } from "@/lib/forecasts/remove-forecast";
import { expectationEditPolicy } from "@/lib/web/expectations/edit-policy";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

export const editExpectationAction = actorAction("write:evidence", {
  fields: FIELDS.editExpectation,
  args: z.tuple([BoundId]),
  run: ({ db, actor, input, args: [id], now }) => editExpectation(db, actor, id, input, { ...expectationEditPolicy(), now }),
  done: (r, { args: [id] }) => {
    revalidatePath(`/expectations/${id}`);
    return okState("expectationEdit.saved", { version: r.version });
  },
});

export const recordForecastAction = actorAction("write:evidence", {
  fields: FIELDS.recordForecast,
  args: z.tuple([BoundId]),
  run: ({ db, actor, input, args: [id], now }) => recordForecast(db, actor, id, input, now),
  done: (_r, { args: [id] }) => {
    revalidatePath(`/expectations/${id}`);
    return okState("forecasts.saved");
  },
});

export const removeForecastAction = actorAction("write:evidence", {
  fields: FIELDS.none,
  args: z.tuple([BoundId]),
  run: ({ db, actor, args: [id], now }) => removeForecast(db, actor, id, now),
  done: (r) => {
    revalidatePath(`/expectations/${r.expectationId}`);
    return okState("forecasts.removed");
  },
});
