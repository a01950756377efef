// The accounts as an admin sees them, with each person's last sign-in: the
// latest successful password sign-in in the attempt log the sign-in limit keeps
// (docs/decisions/0013), so no second record of the same fact is written.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { AppError } from "../errors";

const USER_FIELDS = { id: true, name: true, email: true, role: true, createdAt: true, banned: true, mustChangePassword: true } as const;

async function lastSignIns(db: Db, emails: string[]): Promise<Map<string, Date>> {
  if (emails.length === 0) return new Map();
  const rows = await db.signInAttempt.groupBy({ by: ["email"], where: { email: { in: emails }, outcome: "SUCCEEDED" }, _max: { at: true } });
  return new Map(rows.flatMap((r) => (r._max.at ? [[r.email, r._max.at] as const] : [])));
}

export type AccountRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listUsers(db: Db, actor: Actor | null) {
  requireAbility(actor, "manage:users");
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: USER_FIELDS });
  const last = await lastSignIns(
    db,
    users.map((u) => u.email),
  );
  return users.map(({ banned, ...u }) => ({ ...u, disabled: Boolean(banned), lastSignInAt: last.get(u.email) ?? null }));
}

export async function getAccount(db: Db, actor: Actor | null, userId: string) {
  requireAbility(actor, "manage:users");
  const user = await db.user.findUnique({ where: { id: userId }, select: USER_FIELDS });
  if (!user) throw new AppError("NOT_FOUND", "accounts.errors.userNotFound");
  const { banned, ...rest } = user;
  return { ...rest, disabled: Boolean(banned), lastSignInAt: (await lastSignIns(db, [user.email])).get(user.email) ?? null };
}
