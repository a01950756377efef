import type { Db } from "../db-client";
import { AppError } from "../errors";

type Tx = Pick<Db, "user">;

export async function findAccount(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, banned: true } });
  if (!user) throw new AppError("NOT_FOUND", "accounts.errors.userNotFound");
  return user;
}
