"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dismissFeedItem } from "@/lib/inbox/triage-item";
import { mergeFeedItemIntoDevelopment } from "@/lib/inbox/merge-into-development";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

export const dismissFeedItemAction = actorAction("write:evidence", {
  fields: FIELDS.dismissFeedItem,
  args: z.tuple([BoundId]),
  run: ({ db, actor, input, args: [id], now }) => dismissFeedItem(db, actor, id, input, now),
  done: () => {
    revalidatePath("/inbox");
    return okState("inbox.dismissed");
  },
});

export const mergeFeedItemAction = actorAction("write:evidence", {
  fields: FIELDS.mergeFeedItem,
  args: z.tuple([BoundId]),
  run: ({ db, actor, input, args: [id], now }) => mergeFeedItemIntoDevelopment(db, actor, id, input, now),
  done: (result) => {
    revalidatePath("/inbox");
    revalidatePath(`/developments/${result.developmentId}`);
    return okState("inbox.merged");
  },
});
