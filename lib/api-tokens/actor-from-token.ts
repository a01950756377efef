// The actor behind a personal access token: its owner, as a reader only.
// A revoked or expired token, an unknown one, or one whose owner is disabled
// or must first change a temporary password yields no actor (the API answers 401).
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { bearerSecret, hashTokenSecret } from "./token-secret";

export async function actorFromToken(db: Db, authorization: string | null, now: Date): Promise<Actor | null> {
  const secret = bearerSecret(authorization);
  if (!secret) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, banned: true, mustChangePassword: true } },
    },
  });
  if (!token || token.revokedAt || token.expiresAt <= now || token.user.banned || token.user.mustChangePassword) return null;
  // Last use to the hour is enough for "is this token still in use?", and spares a write per request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 3_600_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { userId: token.user.id, name: token.user.name, email: token.user.email, role: "viewer" };
}
