import "server-only";
// The read API's route handlers (app/api/v1; docs/decisions/0073). In this
// order, before any other work:
//   1. the token in `Authorization: Bearer` — the only credential read here:
//      a session cookie counts for nothing, so a page on another site cannot
//      make a browser read on its user's behalf, and there is no CSRF surface;
//      a missing, unknown, revoked or expired token gets 401 and a JSON error;
//   2. the query string, strictly (lib/read-api/parse-query.ts): 400 naming
//      the parameter refused;
//   3. the lib/ function, with the token's actor (a reader, whatever the
//      owner's role) and `now`.
// Methods other than GET and HEAD never get here: proxy.ts answers them 405.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import { actorFromToken } from "../../api-tokens/actor-from-token";
import { getDb, type Db } from "../../db";
import type { Locale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator";
import { parseQuery, QueryError } from "../../read-api/parse-query";
import { localeOfRequest } from "../i18n/request-locale";
import { clientOf, logSecurityEvent } from "./client";
import { errorResponse } from "./error-response";

type Handler<Q, R> = (args: { db: Db; actor: Actor; query: Q; now: Date }) => Promise<R>;

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

async function apiError(locale: Locale, status: number, code: string, key: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const t = await translatorFor(locale);
  return NextResponse.json({ error: { code, message: t(key, extra), ...extra } }, { status, headers: { ...PRIVATE, ...headers } });
}

export function bearerRoute<S extends z.ZodType, R>(schema: S, handler: Handler<z.output<S> & { asOf: string }, R>) {
  return async (request: Request): Promise<Response> => {
    const locale = localeOfRequest(request);
    try {
      const now = new Date();
      const db = getDb();
      const actor = await actorFromToken(db, request.headers.get("authorization"), now);
      if (!actor) {
        logSecurityEvent(request.headers, "api.refused", { path: new URL(request.url).pathname, hadToken: request.headers.has("authorization") });
        return apiError(locale, 401, "UNAUTHENTICATED", "api.errors.badToken", {}, { "WWW-Authenticate": 'Bearer realm="api"' });
      }
      const query = parseQuery(schema, new URL(request.url).searchParams, now);
      return NextResponse.json(await handler({ db, actor, query, now }), { headers: PRIVATE });
    } catch (error) {
      if (error instanceof QueryError) return apiError(locale, 400, "BAD_REQUEST", error.message, { param: error.param });
      return errorResponse(error, locale, clientOf(request.headers));
    }
  };
}
