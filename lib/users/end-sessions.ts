// Ending a person's sessions is deleting their rows: better-auth reads the
// session from the database on every request (no cookie cache is configured),
// so the next request of any open browser is signed out.
import type { Db } from "../db-client";

type Tx = Pick<Db, "session">;

export async function endSessions(tx: Tx, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
  return count;
}
