import "server-only";
import { getAuth } from "./auth";
import type { Actor } from "../../auth/actor";
import { isRole } from "../../auth/roles";

/** The actor behind a request's session cookie, or null when signed out. */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role, banned, mustChangePassword } = session.user as typeof session.user & {
    role?: string;
    banned?: boolean | null;
    mustChangePassword?: boolean | null;
  };
  if (banned) return null;
  // An unknown role reads as the least privileged one, never as a higher one.
  return { userId: id, name, email, role: isRole(role) ? role : "viewer", mustChangePassword: mustChangePassword === true, sessionId: session.session.id };
}
