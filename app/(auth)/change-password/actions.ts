"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/web/auth/current-actor";
import { FIELDS } from "@/lib/web/http/action-fields";
import { publicAction } from "@/lib/web/http/server-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";

// Public in form only: the lib/ function requires a signed-in person. It is
// the one action open while a temporary password is pending.
export const changeOwnPasswordAction = publicAction({
  fields: FIELDS.ownPassword,
  secret: ["currentPassword", "newPassword", "confirmPassword"],
  run: async ({ db, input }) => {
    const actor = await currentActor();
    await changeOwnPassword(db, actor, input, actor?.sessionId);
  },
  done: () => redirect("/?notice=password-changed"),
});
