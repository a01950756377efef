// Housekeeping: sessions and verification tokens past their expiry are dead
// weight; better-auth ignores them but never removes them.
import type { Db } from "../db-client";

export async function purgeExpiredSessions(db: Db, now: Date): Promise<{ sessions: number; verifications: number }> {
  const sessions = await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const verifications = await db.verification.deleteMany({ where: { expiresAt: { lt: now } } });
  return { sessions: sessions.count, verifications: verifications.count };
}
