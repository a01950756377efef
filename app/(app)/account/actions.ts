"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setFollow } from "@/lib/follows/set-follow";
import { setNotificationPreference } from "@/lib/follows/notification-preference";
import { FOLLOW_KINDS } from "@/lib/follows/schemas";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

// Bound in by the page: what to follow. The lib/ function checks it exists.
const Target = z.tuple([z.enum(FOLLOW_KINDS), BoundId]);

export const followAction = actorAction("read", {
  fields: FIELDS.follow,
  args: Target,
  run: ({ db, actor, args: [kind, key], input, now }) => setFollow(db, actor, { kind, key, following: input.following }, now),
  done: (result) => {
    revalidatePath("/expectations", "layout");
    revalidatePath("/account/notifications");
    revalidatePath("/notifications");
    return okState(result.following ? "follows.followed" : "follows.unfollowed");
  },
});

export const savePreferencesAction = actorAction("read", {
  fields: FIELDS.notificationPreference,
  run: ({ db, actor, input, now }) => setNotificationPreference(db, actor, input, now),
  done: () => {
    revalidatePath("/account/notifications");
    revalidatePath("/notifications");
    return okState("account.saved");
  },
});
