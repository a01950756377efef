import "server-only";
// The one way to write a server action (docs/decisions/0011-security-limits.md).
// A server action is a public endpoint that anyone holding its id can post to,
// with any body. So, in this order:
//   1. resolve the actor and check the ability, before looking at the form;
//   2. read only the declared field names (./read-form.ts), capped in size;
//   3. check the bound arguments (ids the page bound in) against a schema;
//   4. run the lib/ function; map AppError to the form's state in the reader's
//      language, anything else to a generic message with the detail logged.
// `done` runs outside the error mapping because redirect() works by throwing.
import { headers } from "next/headers";
import { z } from "zod";
import { requireAbility, type Actor } from "../../auth/actor";
import { currentActor } from "../auth/current-actor";
import type { Ability } from "../../auth/roles";
import { getDb, type Db } from "../../db";
import { AppError } from "../../errors";
import { parseOrThrow } from "../../validation";
import { errorState } from "./action-state";
import { clientOf, logSecurityEvent } from "./client";
import type { FormState } from "./form-state";
import { isDeclared, readForm, type FormShape } from "./read-form";

type Run<A, R, Who> = (ctx: { actor: Who; input: Record<string, unknown>; args: A; db: Db; now: Date; headers: Headers }) => Promise<R>;
type Done<A, R> = (result: R, ctx: { args: A; input: Record<string, unknown> }) => FormState | Promise<FormState>;

type Spec<A extends unknown[], R, Who> = {
  fields: FormShape;
  /** Arguments the page bound with .bind(); they arrive from the client too. */
  args?: z.ZodType<A>;
  /** Field values never echoed back into the form. */
  secret?: readonly string[];
  run: Run<A, R, Who>;
  done: Done<A, R>;
};

/** An id bound into an action: short, plain. */
export const BoundId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);

function echo(form: FormData, fields: FormShape, secret: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && isDeclared(fields, name) && !secret.includes(name) && value.length <= 10_000) values[name] = value;
  }
  return values;
}

function define<A extends unknown[], R, Who>(ability: Ability | null, spec: Spec<A, R, Who>) {
  return async (...params: [...A, FormState, FormData]): Promise<FormState> => {
    const form = params[params.length - 1];
    const bound = params.slice(0, -2);
    let result: R;
    let input: Record<string, unknown> = {};
    let args = [] as unknown as A;
    const h = await headers();
    try {
      const actor = ability ? requireAbility(await currentActor(), ability) : null;
      args = spec.args ? parseOrThrow(spec.args, bound) : ([] as unknown as A);
      // A hand-made request can put anything where the form belongs.
      if (!(form instanceof FormData)) throw new AppError("VALIDATION", "validation.invalid");
      input = readForm(form, spec.fields);
      result = await spec.run({ actor: actor as Who, input, args, db: getDb(), now: new Date(), headers: h });
    } catch (error) {
      const values = form instanceof FormData ? echo(form, spec.fields, spec.secret ?? ["password"]) : undefined;
      if (error instanceof Error && "code" in error && ["UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED"].includes(String(error.code))) {
        logSecurityEvent(h, "action.refused", { code: error.code });
      }
      return errorState(error, values, clientOf(h));
    }
    return spec.done(result, { args, input });
  };
}

/** An action for a signed-in actor with the given ability. */
export function actorAction<A extends unknown[] = [], R = void>(ability: Ability, spec: Spec<A, R, Actor>) {
  return define<A, R, Actor>(ability, spec);
}

/** An action anyone may post (sign-in, first-run setup, language switch); the lib/ function decides. */
export function publicAction<A extends unknown[] = [], R = void>(spec: Spec<A, R, null>) {
  return define<A, R, null>(null, spec);
}
