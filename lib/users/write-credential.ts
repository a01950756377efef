// Replaces the password hash of a person's "credential" account (the shape
// better-auth reads, see ./insert-user.ts), creating it if they had none.
import { randomUUID } from "node:crypto";
import type { Db } from "../db-client";

type Tx = Pick<Db, "account">;

export async function writeCredential(tx: Tx, userId: string, hash: string): Promise<void> {
  const { count } = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
  if (count === 0) {
    await tx.account.create({ data: { id: randomUUID(), userId, accountId: userId, providerId: "credential", password: hash } });
  }
}
