import "server-only";
// Route handlers are public endpoints. routeHandler gives each one the
// signed-in actor (or null) and maps failures to statuses: AppError to its own
// status with a message in the reader's language, anything else to a bare 500
// with the detail in the server log, never in the response.
//
// jsonWriteHandler is for every non-GET handler, and checks, in this order and
// before a byte of the body is read: the request comes from this site (Origin,
// Sec-Fetch-Site), it says application/json, the actor has the ability. Then
// it reads at most maxBytes of the body as a stream (./read-body.ts).
import { NextResponse } from "next/server";
import { requireAbility, type Actor } from "../../auth/actor";
import type { Ability } from "../../auth/roles";
import { actorFromHeaders } from "../auth/session";
import { getDb, type Db } from "../../db";
import { localeOfRequest } from "../i18n/request-locale";
import { clientOf, logSecurityEvent } from "./client";
import { errorResponse } from "./error-response";
import { assertJsonFromThisSite, readJsonBody } from "./read-body";

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: { request: Request; actor: Actor | null; db: Db; params: P }) => Promise<unknown>;
type WriteHandler<P> = (args: { request: Request; actor: Actor; db: Db; params: P; body: unknown }) => Promise<unknown>;

/** JSON bodies the API takes are small (a user, two thresholds). */
export const JSON_BODY_MAX_BYTES = 16 * 1024;

async function failure(error: unknown, request: Request) {
  const code = (error as { code?: string })?.code;
  if (code && ["UNAUTHENTICATED", "FORBIDDEN", "TOO_LARGE", "UNSUPPORTED", "RATE_LIMITED"].includes(code)) {
    logSecurityEvent(request.headers, "route.refused", { code, method: request.method, path: new URL(request.url).pathname });
  }
  return errorResponse(error, localeOfRequest(request), clientOf(request.headers));
}

export function routeHandler<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>) => {
    try {
      const actor = await actorFromHeaders(request.headers);
      const params = await context.params;
      const body = await handler({ request, actor, db: getDb(), params });
      return NextResponse.json(body ?? { ok: true });
    } catch (error) {
      return failure(error, request);
    }
  };
}

export function jsonWriteHandler<P = Record<string, never>>(ability: Ability, handler: WriteHandler<P>, maxBytes = JSON_BODY_MAX_BYTES) {
  return async (request: Request, context: Context<P>) => {
    try {
      assertJsonFromThisSite(request);
      const actor = requireAbility(await actorFromHeaders(request.headers), ability);
      const params = await context.params;
      const body = await readJsonBody(request, maxBytes);
      const result = await handler({ request, actor, db: getDb(), params, body });
      // A handler that streams its answer (progress lines) gives the Response itself.
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true });
    } catch (error) {
      return failure(error, request);
    }
  };
}
