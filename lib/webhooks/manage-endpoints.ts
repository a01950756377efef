// Admins register and remove webhook endpoints, audited in the write's
// transaction. The secret is made here and shown once, when the endpoint is
// added; it stays in the database because every delivery is signed with it.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { isPrivateHost } from "./private-host";
import { WebhookEndpointInputSchema } from "./schemas";
import { newWebhookSecret } from "./signature";

export async function addWebhookEndpoint(
  db: Db,
  actor: Actor | null,
  raw: unknown,
  now: Date,
  o: { allowPrivateHosts: boolean },
): Promise<{ id: string; secret: string }> {
  const admin = requireAbility(actor, "manage:webhooks");
  const input = parseOrThrow(WebhookEndpointInputSchema, raw);
  if (!o.allowPrivateHosts && isPrivateHost(new URL(input.url).hostname)) {
    throw new AppError("VALIDATION", "webhooks.errors.privateHost", { url: ["webhooks.errors.privateHost"] });
  }
  const secret = newWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { url: input.url, description: input.description, secret, createdById: admin.userId, createdAt: now, scannedThrough: now },
      select: { id: true },
    });
    // The secret never goes into the audit log.
    await recordAudit(tx, { userId: admin.userId, action: "webhook.create", entityType: "WebhookEndpoint", entityId: row.id, changes: { after: input } });
    return row;
  });
  return { id: endpoint.id, secret };
}

export async function removeWebhookEndpoint(db: Db, actor: Actor | null, id: string, now: Date): Promise<void> {
  const admin = requireAbility(actor, "manage:webhooks");
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
    if (count === 0) throw new AppError("NOT_FOUND", "webhooks.errors.notFound");
    await recordAudit(tx, { userId: admin.userId, action: "webhook.delete", entityType: "WebhookEndpoint", entityId: id });
  });
}

/** Live endpoints and the latest deliveries, for the admin page; secrets stay out. */
export async function listWebhooks(db: Db, actor: Actor | null, take = 100) {
  requireAbility(actor, "manage:webhooks");
  const [endpoints, deliveries] = await Promise.all([
    db.webhookEndpoint.findMany({
      where: { deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, url: true, description: true, createdAt: true },
    }),
    db.webhookDelivery.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        eventType: true,
        state: true,
        attempts: true,
        nextAttemptAt: true,
        lastAttemptAt: true,
        lastStatus: true,
        lastError: true,
        createdAt: true,
        deliveredAt: true,
        endpoint: { select: { url: true } },
      },
    }),
  ]);
  return { endpoints, deliveries };
}
