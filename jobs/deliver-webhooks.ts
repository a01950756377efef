// deliver-webhooks: every minute; queues a delivery per endpoint for each new
// status change, then sends what is due, retrying with back-off (docs/decisions/0078).
import { deliverWebhooks } from "../lib/webhooks/deliver-webhooks";
import { enqueueWebhookDeliveries } from "../lib/webhooks/enqueue-deliveries";
import { deliverySettings } from "../lib/settings/delivery";
import type { JobDefinition } from "./job-definition";

export const deliverWebhooksJob: JobDefinition = {
  name: "deliver-webhooks",
  description: "Sends status changes to the registered webhook endpoints, with retries.",
  cron: "* * * * *",
  run: async ({ db, now, live }) => {
    if (!live) return { queued: 0, delivered: 0 };
    const { queued } = await enqueueWebhookDeliveries(db, { now });
    const sent = await deliverWebhooks(db, { now, timeoutMs: deliverySettings().WEBHOOK_TIMEOUT_MS });
    return { queued, ...sent };
  },
};
