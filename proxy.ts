// Security headers that depend on the request or the deployment: a fresh CSP
// nonce for every response (Next reads it from the request's CSP header and
// puts it on its own scripts), and HSTS when APP_URL is https. The fixed
// headers are in next.config.js (docs/decisions/0015-content-security-policy.md).
import { NextResponse, type NextRequest } from "next/server";

export function contentSecurityPolicy(nonce: string, https: boolean, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced scripts load are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Recharts and React set style attributes; a nonce cannot cover those.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

// The read API (app/api/v1) only reads: any other method is refused here,
// before route code runs or a token is looked up (docs/decisions/0073). HEAD is
// GET without the body, so it is let through.
const READ_API = "/api/v1/";
const READ_METHODS = ["GET", "HEAD"];

function methodNotAllowed() {
  return NextResponse.json(
    { error: { code: "METHOD_NOT_ALLOWED", message: "The read API answers GET only." } },
    { status: 405, headers: { Allow: READ_METHODS.join(", "), "Cache-Control": "no-store" } },
  );
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith(READ_API) && !READ_METHODS.includes(request.method)) return methodNotAllowed();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = (process.env.APP_URL ?? "").startsWith("https://");
  const csp = contentSecurityPolicy(nonce, https, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
