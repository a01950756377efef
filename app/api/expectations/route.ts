import { listExpectationsByTheme } from "@/lib/expectations/list-expectations";
import { routeHandler } from "@/lib/web/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async ({ db, actor }) => ({ themes: await listExpectationsByTheme(db, actor) }));
