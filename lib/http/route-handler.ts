import "server-only";
// Route handlers are public endpoints. This wrapper gives each one the signed-in
// actor (or null) and maps failures to statuses: AppError to its own status
// (validation 422 with field messages), anything else to a bare 500 with the
// detail kept in the server log, never in the response.
import { NextResponse } from "next/server";
import type { Actor } from "../auth/actor";
import { actorFromHeaders } from "../auth/session";
import { getDb, type Db } from "../db";
import { AppError } from "../errors";
import { errorResponse } from "./error-response";
import { localeOfRequest } from "../i18n/request-locale";

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: { request: Request; actor: Actor | null; db: Db; params: P }) => Promise<unknown>;

export function routeHandler<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>) => {
    try {
      const actor = await actorFromHeaders(request.headers);
      const params = await context.params;
      const body = await handler({ request, actor, db: getDb(), params });
      return NextResponse.json(body ?? { ok: true });
    } catch (error) {
      return errorResponse(error, localeOfRequest(request));
    }
  };
}

/** Reads a JSON body; a body that is not JSON is a validation failure, not a crash. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("VALIDATION", "validation.bodyJson");
  }
}
