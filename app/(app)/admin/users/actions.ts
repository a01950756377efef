"use server";
import { revalidatePath } from "next/cache";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction } from "@/lib/web/http/server-action";
import { createUser } from "@/lib/users/create-user";

export const createUserAction = actorAction("manage:users", {
  fields: FIELDS.createUser,
  run: ({ db, actor, input }) => createUser(db, actor, input),
  done: (_r, { input }) => {
    revalidatePath("/admin/users");
    return okState("users.created", { email: String(input.email).trim().toLowerCase() });
  },
});
