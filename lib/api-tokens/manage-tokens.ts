// People create, list and revoke their own personal access tokens for the
// read API (issue 15; docs/decisions/0072). Every token is read-only: the
// actor it yields can read and nothing else, whatever the owner's role.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";
import { parseOrThrow } from "../validation";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

export const MAX_TOKEN_DAYS = 366;

export const CreateTokenSchema = z.object({
  name: cleanText(
    z
      .string()
      .trim()
      .min(1, "validation.enterName")
      .max(80, messageKey("validation.maxChars", { max: 80 })),
  ),
  // Plain digits only: a coerced "0x3" or "1e2" would be a number too.
  expiresInDays: z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,4}$/, "apiTokens.errors.days")
          .transform(Number),
      ],
      { error: "apiTokens.errors.days" },
    )
    .pipe(z.number().int("apiTokens.errors.days").min(1, "apiTokens.errors.days").max(MAX_TOKEN_DAYS, "apiTokens.errors.days")),
});

export async function createApiToken(db: Db, actor: Actor | null, raw: unknown, now: Date): Promise<{ id: string; secret: string; expiresAt: Date }> {
  const me = requireAbility(actor, "read");
  const input = parseOrThrow(CreateTokenSchema, raw);
  const secret = newTokenSecret();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: { userId: me.userId, name: input.name, scope: "READ", tokenHash: hashTokenSecret(secret), hint: secret.slice(-4), createdAt: now, expiresAt },
    });
    await recordAudit(tx, {
      userId: me.userId,
      action: "api-token.create",
      entityType: "ApiToken",
      entityId: token.id,
      changes: { after: { name: input.name, scope: "READ", expiresAt: expiresAt.toISOString() } },
    });
    return { id: token.id, secret, expiresAt };
  });
}

export async function listOwnTokens(db: Db, actor: Actor | null) {
  const me = requireAbility(actor, "read");
  return db.apiToken.findMany({
    where: { userId: me.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, scope: true, hint: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
}

export async function revokeApiToken(db: Db, actor: Actor | null, id: string, now: Date): Promise<void> {
  const me = requireAbility(actor, "read");
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { userId: true, revokedAt: true } });
    // Someone else's token reads as missing: no probing for ids.
    if (!token || (token.userId !== me.userId && me.role !== "admin")) throw new AppError("NOT_FOUND", "apiTokens.errors.notFound");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      userId: me.userId,
      action: "api-token.revoke",
      entityType: "ApiToken",
      entityId: id,
      changes: { after: { revokedAt: now.toISOString() } },
    });
  });
}
