// GET /api/v1/developments?asOf=&cursor=&limit=: developments that had
// occurred by the day, with sources and links, a keyset page at a time
// (lib/read-api/developments-page.ts).
import { developmentsPage } from "@/lib/read-api/developments-page";
import { DevelopmentsQuery } from "@/lib/read-api/schemas";
import { bearerRoute } from "@/lib/web/http/bearer-route";

export const dynamic = "force-dynamic";

export const GET = bearerRoute(DevelopmentsQuery, ({ db, actor, query }) => developmentsPage(db, actor, query));
