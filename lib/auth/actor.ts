// The signed-in person a lib/ function acts for. Every mutation takes one and
// checks it first: server actions and route handlers are public endpoints,
// so the check lives with the write, not in the page that shows the form.
import { AppError } from "../errors";
import { roleCan, type Ability, type Role } from "./roles";

export type Actor = { userId: string; name: string; email: string; role: Role };

export function requireAbility(actor: Actor | null, ability: Ability): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!roleCan(actor.role, ability)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow this.`);
  }
  return actor;
}
