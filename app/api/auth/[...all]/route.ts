// better-auth's HTTP endpoints, narrowed to the three this product uses:
// password sign-in (under the same per-account and per-address limit as the
// sign-in form), sign-out, and reading the session. Every other endpoint,
// better-auth's admin API included, answers 404: accounts change only through
// lib/, which checks the password policy and writes the audit row
// (docs/decisions/0014-better-auth-endpoints.md).
import { getAuth } from "@/lib/web/auth/auth";
import { signInOverHttp } from "@/lib/web/auth/sign-in-http";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/web/http/error-response";
import { logSecurityEvent } from "@/lib/web/http/client";
import { assertJsonFromThisSite } from "@/lib/web/http/read-body";
import { localeOfRequest } from "@/lib/web/i18n/request-locale";

export const dynamic = "force-dynamic";

const BASE = "/api/auth";
const GETS = new Set([`${BASE}/get-session`]);

const notAvailable = (request: Request) => errorResponse(new AppError("NOT_FOUND", "errors.notAvailable"), localeOfRequest(request));

export async function GET(request: Request) {
  if (!GETS.has(new URL(request.url).pathname)) return notAvailable(request);
  return getAuth().handler(request);
}

export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  try {
    if (path === `${BASE}/sign-in/email`) return await signInOverHttp(request);
    if (path === `${BASE}/sign-out`) {
      assertJsonFromThisSite(request);
      return await getAuth().handler(request);
    }
  } catch (error) {
    const code = (error as { code?: string })?.code;
    if (code) logSecurityEvent(request.headers, "auth.refused", { code, path });
    return errorResponse(error, localeOfRequest(request));
  }
  logSecurityEvent(request.headers, "auth.unavailableEndpoint", { path });
  return notAvailable(request);
}
