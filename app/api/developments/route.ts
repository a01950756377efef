import { requireAbility } from "@/lib/auth/actor";
import { logDevelopment } from "@/lib/developments/log-development";
import { readJsonBody } from "@/lib/http/read-json-body";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

// Generous for the largest valid development (every field at its limit, in
// Korean), small enough that no one can make the server buffer megabytes.
const MAX_BODY_BYTES = 256 * 1024;

// Logs a development with its sources and links: the same function and schema
// as the form. The actor is checked before the body is read.
export const POST = routeHandler(async ({ db, actor, request }) => {
  requireAbility(actor, "write:evidence");
  const development = await logDevelopment(db, actor, await readJsonBody(request, MAX_BODY_BYTES), new Date());
  return { development };
});
