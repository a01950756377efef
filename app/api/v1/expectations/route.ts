// GET /api/v1/expectations?asOf=YYYY-MM-DD: every expectation with its status
// on the day and the status changes valid by then (lib/read-api/expectations-as-of.ts).
import { expectationsAsOf } from "@/lib/read-api/expectations-as-of";
import { ExpectationsQuery } from "@/lib/read-api/schemas";
import { bearerRoute } from "@/lib/web/http/bearer-route";

export const dynamic = "force-dynamic";

export const GET = bearerRoute(ExpectationsQuery, ({ db, actor, query }) => expectationsAsOf(db, actor, query.asOf));
