// What the digest and webhook jobs read (and the web server, for the one
// webhook setting it needs when an admin adds an endpoint).
import { z } from "zod";
import { readSettings } from "./read-settings";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");

const DeliverySettingsSchema = z.object({
  // The SMTP server digests go through; empty (the default) sends no email.
  SMTP_HOST: z.string().default(""),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
  SMTP_SECURE: flag,
  SMTP_USER: z.string().default(""),
  SMTP_PASSWORD: z.string().default(""),
  MAIL_FROM: z.string().default("Peninsula Outlook Tracker <tracker@localhost>"),
  // Links in digests point here.
  APP_URL: z.url().default("http://localhost:3000"),
  // Allow webhook endpoints on this machine or private networks (off by default).
  WEBHOOK_ALLOW_PRIVATE_HOSTS: flag,
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(10_000),
});

export type DeliverySettings = z.infer<typeof DeliverySettingsSchema>;
export const deliverySettings = (from?: Record<string, string | undefined>): DeliverySettings => readSettings(DeliverySettingsSchema, from);
