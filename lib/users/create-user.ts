// An admin creates an account for a colleague, with a role and a first password.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { parseOrThrow } from "../validation";
import { insertUser } from "./insert-user";
import { CreateUserSchema } from "./schemas";

export async function createUser(db: Db, actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  const admin = requireAbility(actor, "manage:users");
  const input = parseOrThrow(CreateUserSchema, raw);
  return db.$transaction(async (tx) => {
    const user = await insertUser(tx, input);
    await recordAudit(tx, {
      userId: admin.userId,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      changes: { name: input.name, email: input.email, role: input.role },
    });
    return user;
  });
}
