// A person changes their own password, proving the current one. This is the
// one write allowed while a temporary password is pending (see
// requireSignedIn). Other sessions of the person end; the one in use stays.
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "../db-client";
import { requireSignedIn, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { OwnPasswordSchema } from "./account-schemas";
import { endSessions } from "./end-sessions";
import { writeCredential } from "./write-credential";

export async function changeOwnPassword(db: Db, actor: Actor | null, raw: unknown, currentSessionId?: string): Promise<void> {
  const me = requireSignedIn(actor);
  const input = parseOrThrow(OwnPasswordSchema, raw);
  const credential = await db.account.findFirst({ where: { userId: me.userId, providerId: "credential" }, select: { password: true } });
  const matches = credential?.password ? await verifyPassword({ hash: credential.password, password: input.currentPassword }) : false;
  if (!matches) {
    throw new AppError("VALIDATION", "accounts.errors.currentPasswordWrong", { currentPassword: ["accounts.errors.currentPasswordWrong"] });
  }
  const hash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await writeCredential(tx, me.userId, hash);
    const before = await tx.user.update({ where: { id: me.userId }, data: { mustChangePassword: false }, select: { id: true } });
    const sessionsEnded = await endSessions(tx, before.id, currentSessionId);
    await recordAudit(tx, {
      userId: me.userId,
      action: "user.password.change",
      entityType: "User",
      entityId: me.userId,
      changes: { after: { mustChangePassword: false }, otherSessionsEnded: sessionsEnded },
    });
  });
}
