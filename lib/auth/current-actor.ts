import "server-only";
import { headers } from "next/headers";
import type { Actor } from "./actor";
import { actorFromHeaders } from "./session";

/** The signed-in actor of the request being rendered or the action being run. */
export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}
