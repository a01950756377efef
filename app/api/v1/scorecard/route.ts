// GET /api/v1/scorecard?asOf=YYYY-MM-DD: the panel's Brier scores and
// calibration with the statuses of that day (lib/read-api/scorecard-as-of.ts).
import { scorecardAsOf } from "@/lib/read-api/scorecard-as-of";
import { ScorecardQuery } from "@/lib/read-api/schemas";
import { bearerRoute } from "@/lib/web/http/bearer-route";

export const dynamic = "force-dynamic";

export const GET = bearerRoute(ScorecardQuery, ({ db, actor, query }) => scorecardAsOf(db, actor, query.asOf));
