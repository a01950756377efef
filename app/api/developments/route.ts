import { logDevelopment } from "@/lib/developments/log-development";
import { jsonWriteHandler } from "@/lib/web/http/route-handler";

export const dynamic = "force-dynamic";

// Generous for the largest valid development (every field at its limit, in
// Korean), small enough that no one can make the server buffer megabytes.
const MAX_BODY_BYTES = 256 * 1024;

// Logs a development with its sources and links: the same function and schema
// as the form. Origin, content type and the actor are checked before the body
// is read (lib/web/http/route-handler.ts).
export const POST = jsonWriteHandler(
  "write:evidence",
  async ({ db, actor, body }) => ({ development: await logDevelopment(db, actor, body, new Date()) }),
  MAX_BODY_BYTES,
);
