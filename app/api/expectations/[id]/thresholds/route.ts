import { readJson, routeHandler } from "@/lib/http/route-handler";
import { updateThresholds } from "@/lib/expectations/update-thresholds";

export const dynamic = "force-dynamic";

export const PATCH = routeHandler<{ id: string }>(async ({ db, actor, request, params }) =>
  updateThresholds(db, actor, params.id, await readJson(request)),
);
