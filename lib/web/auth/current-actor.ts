import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Actor } from "../../auth/actor";
import { actorFromHeaders } from "./session";

/**
 * The signed-in actor of the request being rendered or the action being run.
 * Cached per request: a page of several panels asks once, not once per panel.
 */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

/**
 * The signed-in actor, or a redirect to sign-in. Pages use this: a layout's
 * redirect does not stop its page from rendering in parallel.
 */
export async function signedInActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  // A temporary password from an admin: nothing else until it is replaced.
  if (actor.mustChangePassword) redirect("/change-password");
  return actor;
}
