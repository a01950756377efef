import "server-only";
// routeHandler (./route-handler.ts) answers JSON; downloads need a body of
// their own. Same contract: the handler gets the signed-in actor (or null) and
// the reader's language, lib/ checks the role, and failures before the body
// starts map the same way: AppError to its status and a JSON error in the
// reader's language, anything else to a bare 500 with the detail in the log.
// A stream that fails after the headers went out breaks the download off.
import type { Actor } from "../../auth/actor";
import { actorFromHeaders } from "../auth/session";
import { getDb, type Db } from "../../db";
import type { Locale } from "../../i18n/locales";
import { localeOfRequest } from "../i18n/request-locale";
import { errorResponse } from "./error-response";

export type FileBody = { body: string | ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>; contentType: string; filename: string };
type FileHandler = (args: { request: Request; url: URL; actor: Actor | null; db: Db; locale: Locale }) => Promise<FileBody>;

/** attachment; with an ASCII filename for old clients and the exact one (RFC 6266 / 5987) for the rest. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function fileRoute(handler: FileHandler) {
  return async (request: Request): Promise<Response> => {
    const locale = localeOfRequest(request);
    try {
      const actor = await actorFromHeaders(request.headers);
      const file = await handler({ request, url: new URL(request.url), actor, db: getDb(), locale });
      return new Response(file.body, {
        headers: {
          "Content-Type": file.contentType,
          "Content-Disposition": contentDisposition(file.filename),
          // Private data: no shared cache keeps a copy.
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
