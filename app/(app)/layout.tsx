import Link from "next/link";
import { redirect } from "next/navigation";
import { signOutAction } from "../(auth)/actions";
import { currentActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isInstalled } from "@/lib/users/create-first-admin";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect((await isInstalled(getDb())) ? "/sign-in" : "/setup");
  return (
    <>
      <header className="site-header">
        <nav aria-label="Main">
          <Link href="/" className="brand">Outlook Tracker</Link>
          <Link href="/expectations">Expectations</Link>
          <Link href="/developments">Developments</Link>
          {roleCan(actor.role, "manage:users") ? <Link href="/admin/users">Users</Link> : null}
          <span className="who">
            {actor.name} ({actor.role})
          </span>
          <form action={signOutAction}>
            <button type="submit" className="link">Sign out</button>
          </form>
        </nav>
      </header>
      {children}
    </>
  );
}
