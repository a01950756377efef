// How a person wants news of what they follow: in the app only, or also a
// daily or weekly email digest. No row means in the app only.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { parseOrThrow } from "../validation";
import { PreferenceInputSchema, type PreferenceInput } from "./schemas";

export const DEFAULT_PREFERENCE: PreferenceInput = { digestFrequency: "NONE", inApp: true };

const asInput = (row: { digest: PreferenceInput["digestFrequency"]; inApp: boolean }): PreferenceInput => ({ digestFrequency: row.digest, inApp: row.inApp });

export async function getNotificationPreference(db: Db, actor: Actor | null): Promise<PreferenceInput> {
  const reader = requireAbility(actor, "read");
  const row = await db.notificationPreference.findUnique({ where: { userId: reader.userId }, select: { digest: true, inApp: true } });
  return row ? asInput(row) : DEFAULT_PREFERENCE;
}

export async function setNotificationPreference(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<PreferenceInput> {
  const reader = requireAbility(actor, "read");
  const input = parseOrThrow(PreferenceInputSchema, raw);
  await db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findUnique({ where: { userId: reader.userId }, select: { digest: true, inApp: true } });
    await tx.notificationPreference.upsert({
      where: { userId: reader.userId },
      create: { userId: reader.userId, digest: input.digestFrequency, inApp: input.inApp, updatedAt: now },
      update: { digest: input.digestFrequency, inApp: input.inApp, updatedAt: now },
    });
    await recordAudit(tx, {
      userId: reader.userId,
      action: "notificationPreference.update",
      entityType: "User",
      entityId: reader.userId,
      changes: { before: before ? asInput(before) : DEFAULT_PREFERENCE, after: input },
    });
  });
  return input;
}
