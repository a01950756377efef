// The signed-in person a lib/ function acts for. Every mutation takes one and
// checks it first: server actions and route handlers are public endpoints,
// so the check lives with the write, not in the page that shows the form.
import { AppError } from "../errors";
import { messageKey } from "../i18n/translate-message";
import { roleCan, type Ability, type Role } from "./roles";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** Set while a temporary password from an admin is pending (issue 15). */
  mustChangePassword?: boolean;
  /** The session this request came with, when it came with one. */
  sessionId?: string;
};

/** Signed in, whatever the role: only for changing one's own password. */
export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  return actor;
}

export function requireAbility(actor: Actor | null, ability: Ability): Actor {
  const signedIn = requireSignedIn(actor);
  // A temporary password opens nothing but the form to replace it.
  if (signedIn.mustChangePassword) throw new AppError("FORBIDDEN", "accounts.errors.passwordChangeRequired");
  if (!roleCan(signedIn.role, ability)) {
    throw new AppError("FORBIDDEN", messageKey("errors.roleForbidden", { role: signedIn.role }));
  }
  return signedIn;
}
