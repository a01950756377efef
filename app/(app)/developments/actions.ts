"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteDevelopment, restoreDevelopment } from "@/lib/developments/delete-development";
import { logDevelopment } from "@/lib/developments/log-development";
import { updateDevelopment } from "@/lib/developments/update-development";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

const ById = z.tuple([BoundId]);

export const logDevelopmentAction = actorAction("write:evidence", {
  fields: FIELDS.logDevelopment,
  run: ({ db, actor, input, now }) => logDevelopment(db, actor, input, now),
  done: ({ id }) => {
    revalidatePath("/developments");
    redirect(`/developments/${id}?saved=created`);
  },
});

export const updateDevelopmentAction = actorAction("write:evidence", {
  fields: FIELDS.updateDevelopment,
  args: ById,
  run: ({ db, actor, input, args: [id], now }) => updateDevelopment(db, actor, id, input, now),
  done: (_r, { args: [id] }) => {
    revalidatePath(`/developments/${id}`);
    redirect(`/developments/${id}?saved=updated`);
  },
});

export const deleteDevelopmentAction = actorAction("write:evidence", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [id], now }) => deleteDevelopment(db, actor, id, now),
  done: (_r, { args: [id] }) => {
    revalidatePath("/developments");
    redirect(`/developments?removed=${id}`);
  },
});

export const restoreDevelopmentAction = actorAction("restore:deleted", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [id], now }) => restoreDevelopment(db, actor, id, now),
  done: (_r, { args: [id] }) => {
    revalidatePath(`/developments/${id}`);
    redirect(`/developments/${id}?saved=restored`);
  },
});
