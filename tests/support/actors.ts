// Real accounts in a test database, made through the product's own functions.
import type { Actor } from "../../lib/auth/actor";
import type { Role } from "../../lib/auth/roles";
import type { Db } from "../../lib/db-client";
import { createFirstAdmin } from "../../lib/users/create-first-admin";
import { createUser } from "../../lib/users/create-user";

export type TestActors = Record<Role, Actor>;

export async function createTestActors(db: Db): Promise<TestActors> {
  const first = await createFirstAdmin(db, { name: "Ada Admin", email: "admin@example.test", password: "admin-password-1" });
  const admin: Actor = { userId: first.userId, name: "Ada Admin", email: first.email, role: "admin" };
  const make = async (role: Role, name: string): Promise<Actor> => {
    const email = `${role}@example.test`;
    const { id } = await createUser(db, admin, { name, email, password: `${role}-password-1`, role });
    return { userId: id, name, email, role };
  };
  return { admin, analyst: await make("analyst", "Ana Analyst"), viewer: await make("viewer", "Vic Viewer") };
}
