// An admin sets a temporary password for someone who forgot theirs. The
// person's open sessions end, and until they choose their own password every
// page sends them to the password form (lib/auth/actor.ts refuses all else).
// The audit row says that it happened, never the password.
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { parseOrThrow } from "../validation";
import { TemporaryPasswordSchema } from "./account-schemas";
import { endSessions } from "./end-sessions";
import { findAccount } from "./find-account";
import { writeCredential } from "./write-credential";

export async function setTemporaryPassword(db: Db, actor: Actor | null, raw: unknown): Promise<{ sessionsEnded: number }> {
  const admin = requireAbility(actor, "manage:users");
  const input = parseOrThrow(TemporaryPasswordSchema, raw);
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await findAccount(tx, input.userId);
    await writeCredential(tx, user.id, hash);
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const sessionsEnded = await endSessions(tx, user.id);
    await recordAudit(tx, {
      userId: admin.userId,
      action: "user.password.temporary",
      entityType: "User",
      entityId: user.id,
      changes: { after: { mustChangePassword: true }, sessionsEnded },
    });
    return { sessionsEnded };
  });
}
