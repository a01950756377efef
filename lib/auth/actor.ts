// The signed-in person a lib/ function acts for. Every mutation takes one and
// checks it first: server actions and route handlers are public endpoints,
// so the check lives with the write, not in the page that shows the form.
import { AppError } from "../errors";
import { messageKey } from "../i18n/translate-message";
import { roleCan, type Ability, type Role } from "./roles";

export type Actor = { userId: string; name: string; email: string; role: Role };

export function requireAbility(actor: Actor | null, ability: Ability): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (!roleCan(actor.role, ability)) {
    throw new AppError("FORBIDDEN", messageKey("errors.roleForbidden", { role: actor.role }));
  }
  return actor;
}
