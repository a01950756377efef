// Writes a user and its password credential the way better-auth stores them
// (a "credential" account holding the scrypt hash), inside the caller's
// transaction so the audit row and any claim commit with it.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../db-client";
import type { Role } from "../auth/roles";
import { AppError } from "../errors";

type Tx = Pick<Db, "user" | "account">;

export async function insertUser(tx: Tx, input: { name: string; email: string; password: string; role: Role }): Promise<{ id: string }> {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) {
    throw new AppError("CONFLICT", "errors.emailTaken", { email: ["errors.emailTaken"] });
  }
  const id = randomUUID();
  await tx.user.create({
    data: { id, name: input.name, email: input.email, role: input.role, emailVerified: false },
  });
  await tx.account.create({
    data: {
      id: randomUUID(),
      userId: id,
      accountId: id,
      providerId: "credential",
      password: await hashPassword(input.password),
    },
  });
  return { id };
}
