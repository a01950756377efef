"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addFeed, removeFeed } from "@/lib/feeds/manage-feeds";
import { pollFeedNow } from "@/lib/feeds/poll-feeds";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

const ById = z.tuple([BoundId]);

export const addFeedAction = actorAction("manage:feeds", {
  fields: FIELDS.addFeed,
  run: ({ db, actor, input, now }) => addFeed(db, actor, input, now),
  done: () => {
    revalidatePath("/admin/feeds");
    return okState("feeds.added");
  },
});

export const pollFeedAction = actorAction("manage:feeds", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [id], now }) => pollFeedNow(db, actor, id, now),
  done: (result) => {
    revalidatePath("/admin/feeds");
    revalidatePath("/inbox");
    return okState(result.outcome === "failed" ? "feeds.pollFailed" : "feeds.polled", { count: result.stored });
  },
});

export const removeFeedAction = actorAction("manage:feeds", {
  fields: FIELDS.none,
  args: ById,
  run: ({ db, actor, args: [id], now }) => removeFeed(db, actor, id, now),
  done: () => {
    revalidatePath("/admin/feeds");
    return okState("feeds.removed");
  },
});
