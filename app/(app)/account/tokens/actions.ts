"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-tokens";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

// Anyone signed in manages their own tokens: every token only reads (docs/decisions/0072).
export const createApiTokenAction = actorAction("read", {
  fields: FIELDS.createApiToken,
  run: ({ db, actor, input, now }) => createApiToken(db, actor, input, now),
  done: async (created) => {
    revalidatePath("/account/tokens");
    // The secret goes back to this response only; it is stored as a hash and cannot be shown again.
    return { ...(await okState("apiTokens.created")), shown: { secret: created.secret } };
  },
});

export const revokeApiTokenAction = actorAction("read", {
  fields: FIELDS.none,
  args: z.tuple([BoundId]),
  run: ({ db, actor, args: [id], now }) => revokeApiToken(db, actor, id, now),
  done: () => {
    revalidatePath("/account/tokens");
    return okState("apiTokens.revoked");
  },
});
