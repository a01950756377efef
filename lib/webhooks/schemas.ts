// What an admin enters for a webhook endpoint.
import { z } from "zod";

export const WebhookEndpointInputSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), "webhooks.errors.url"),
  description: z.string().trim().max(200).default(""),
});
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInputSchema>;
