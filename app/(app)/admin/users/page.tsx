import { redirect } from "next/navigation";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listUsers } from "@/lib/users/list-users";
import { CreateUserForm } from "./create-user-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await signedInActor();
  if (!actor || !roleCan(actor.role, "manage:users")) redirect("/");
  const users = await listUsers(getDb(), actor);
  return (
    <main>
      <h1>Users</h1>
      <table>
        <caption className="meta">Everyone with an account on this instance</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Since</th></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}><td>{u.name}</td><td>{u.email}</td><td>{u.role}</td><td>{formatDate(u.createdAt)}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>Create an account</h2>
      <CreateUserForm />
    </main>
  );
}
