// The instance must always keep one admin who can sign in: otherwise nobody
// could manage accounts again. Two admins demoting each other at the same
// moment must not both succeed, so a change that can remove an admin first
// locks every admin row (a no-op UPDATE: a row lock on PostgreSQL, the write
// lock on SQLite), then counts what would remain, in the same transaction.
import type { Db } from "../db-client";
import { AppError } from "../errors";

type Tx = Pick<Db, "$executeRawUnsafe" | "user">;

export async function lockAdminRows(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE "user" SET "role" = "role" WHERE "role" = 'admin'`);
}

/** Throws unless an admin other than `leaving` is still active (not disabled). */
export async function requireAnotherActiveAdmin(tx: Tx, leaving: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", id: { not: leaving }, OR: [{ banned: false }, { banned: null }] } });
  if (others === 0) throw new AppError("CONFLICT", "accounts.errors.lastAdmin");
}
