"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deliverySettings } from "@/lib/settings/delivery";
import { addWebhookEndpoint, removeWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction, BoundId } from "@/lib/web/http/server-action";

export const addWebhookAction = actorAction("manage:webhooks", {
  fields: FIELDS.addWebhook,
  run: ({ db, actor, input, now }) => addWebhookEndpoint(db, actor, input, now, { allowPrivateHosts: deliverySettings().WEBHOOK_ALLOW_PRIVATE_HOSTS }),
  done: (result) => {
    revalidatePath("/admin/webhooks");
    // The secret is shown this once, in the form's message; the page never shows it again.
    return okState("webhooks.added", { secret: result.secret });
  },
});

export const removeWebhookAction = actorAction("manage:webhooks", {
  fields: FIELDS.none,
  args: z.tuple([BoundId]),
  run: ({ db, actor, args: [id], now }) => removeWebhookEndpoint(db, actor, id, now),
  done: () => {
    revalidatePath("/admin/webhooks");
    return okState("webhooks.removed");
  },
});
