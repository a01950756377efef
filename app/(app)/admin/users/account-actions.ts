"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";
import { changeRole } from "@/lib/users/change-role";
import { setAccountDisabled } from "@/lib/users/set-account-disabled";
import { setTemporaryPassword } from "@/lib/users/set-temporary-password";

const ById = z.tuple([BoundId]);

function refresh(id: string) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id}`);
}

export const changeRoleAction = actorAction("manage:users", {
  fields: FIELDS.changeRole,
  args: ById,
  run: ({ db, actor, input, args: [userId] }) => changeRole(db, actor, { ...input, userId }),
  done: (r, { args: [id] }) => {
    refresh(id);
    return okState(r.changed ? "accounts.roleChanged" : "accounts.roleUnchanged");
  },
});

export const disableAccountAction = actorAction("manage:users", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [userId] }) => setAccountDisabled(db, actor, { userId }, true),
  done: (r, { args: [id] }) => {
    refresh(id);
    return okState("accounts.disabled", { sessions: r.sessionsEnded });
  },
});

export const enableAccountAction = actorAction("manage:users", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [userId] }) => setAccountDisabled(db, actor, { userId }, false),
  done: (_r, { args: [id] }) => {
    refresh(id);
    return okState("accounts.enabled");
  },
});

export const temporaryPasswordAction = actorAction("manage:users", {
  fields: FIELDS.temporaryPassword,
  args: ById,
  run: ({ db, actor, input, args: [userId] }) => setTemporaryPassword(db, actor, { ...input, userId }),
  done: (_r, { args: [id] }) => {
    refresh(id);
    return okState("accounts.temporarySet");
  },
});
